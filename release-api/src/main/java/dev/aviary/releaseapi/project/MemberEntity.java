package dev.aviary.releaseapi.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "project_members")
@IdClass(MemberEntity.Key.class)
class MemberEntity {

    record Key(String projectKey, String principal) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "project_key")
    String projectKey;

    @Id
    String principal;

    String role;
    boolean production;

    @Column(name = "added_at")
    Instant addedAt;
}
