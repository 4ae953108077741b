package dev.aviary.releaseapi;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Identity, catalog, RBAC, approvals, audit trail, lanes and traffic policies, release orchestration. */
@SpringBootApplication
@EnableScheduling
public class ReleaseApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReleaseApiApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
