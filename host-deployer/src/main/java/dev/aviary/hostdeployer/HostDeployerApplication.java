package dev.aviary.hostdeployer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Agentless host operations and releases over SSH. */
@SpringBootApplication
public class HostDeployerApplication {

    public static void main(String[] args) {
        SpringApplication.run(HostDeployerApplication.class, args);
    }
}
