package dev.aviary.envmanager;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Environments, deployment units, host inventory, cluster registrations, credentials and app configuration. */
@SpringBootApplication
public class EnvManagerApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnvManagerApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
