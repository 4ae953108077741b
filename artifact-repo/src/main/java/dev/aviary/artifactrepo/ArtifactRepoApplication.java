package dev.aviary.artifactrepo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Maven and generic artifact repositories with vulnerability and licence scanning. */
@SpringBootApplication
public class ArtifactRepoApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArtifactRepoApplication.class, args);
    }
}
