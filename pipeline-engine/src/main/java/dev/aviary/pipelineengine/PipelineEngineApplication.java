package dev.aviary.pipelineengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** CI pipelines: definitions, templates, runs, executors, logs, quality gates and triggers. */
@SpringBootApplication
public class PipelineEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(PipelineEngineApplication.class, args);
    }
}
