package dev.aviary.envmanager;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Environments, deployment units, host inventory, cluster registrations, credentials and app configuration. */
@SpringBootApplication
public class EnvManagerApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnvManagerApplication.class, args);
    }
}
