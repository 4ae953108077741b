package dev.aviary.releaseapi.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "principals")
class PrincipalEntity {

    static final String USER = "user";
    static final String SERVICE_ACCOUNT = "service-account";

    @Id
    String name;

    String kind;

    @Column(name = "display_name")
    String displayName = "";

    String email;
    String description = "";

    @Column(name = "password_hash")
    String passwordHash;

    boolean admin;
    boolean auditor;
    boolean disabled;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    boolean isUser() {
        return USER.equals(kind);
    }
}
