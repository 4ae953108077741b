package dev.aviary.k8sdeployer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Kubernetes workloads, canary lanes and rollbacks through fabric8. */
@SpringBootApplication
public class K8sDeployerApplication {

    public static void main(String[] args) {
        SpringApplication.run(K8sDeployerApplication.class, args);
    }
}
