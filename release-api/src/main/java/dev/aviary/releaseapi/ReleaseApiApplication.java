package dev.aviary.releaseapi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Identity, catalog, RBAC, approvals, audit trail, lanes and traffic policies, release orchestration. */
@SpringBootApplication
public class ReleaseApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReleaseApiApplication.class, args);
    }
}
