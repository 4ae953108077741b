package dev.aviary.bootapp;

import java.util.Collections;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * A Spring Boot application that relays each {@code GET /relay} to a downstream service (the test's
 * loopback server, {@code --relay.downstream=<url>}) on three paths and answers what the downstream saw.
 */
@SpringBootApplication
@EnableAsync
public class RelayApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(RelayApplication.class);
        // One worker for @Async: the unlabelled request after the labelled ones runs on the same thread.
        application.setDefaultProperties(Collections.singletonMap("spring.task.execution.pool.core-size", "1"));
        application.run(args);
    }

    /** The line the test waits for: Boot has started the web server on this (random) port. */
    @EventListener
    public void ready(ApplicationReadyEvent event) {
        System.out.println("relay application ready on port "
                + event.getApplicationContext().getEnvironment().getProperty("local.server.port")
                + " (Java " + System.getProperty("java.version") + ", class loader "
                + RelayApplication.class.getClassLoader().getClass().getName() + ")");
    }
}
