package dev.aviary.bootapp.balanced;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls {@code http://<service>/} through Spring Cloud LoadBalancer, the way its documentation shows: one
 * {@code @LoadBalanced} bean per client, and OpenFeign clients. The instances come from the simple discovery client
 * (system properties {@code spring.cloud.discovery.client.simple.instances.<service>[i].uri} and
 * {@code .metadata[aviary.lane]}).
 */
@SpringBootApplication
@EnableFeignClients
public class BalancedApplication {

    public static void main(String[] args) {
        SpringApplication.run(BalancedApplication.class, args);
    }

    @Bean
    @LoadBalanced
    RestClient.Builder restClientBuilder() {
        return RestClient.builder();
    }

    @Bean
    @LoadBalanced
    RestTemplate restTemplate() {
        return new RestTemplate();
    }

    @Bean
    @LoadBalanced
    WebClient.Builder webClientBuilder() {
        return WebClient.builder();
    }

    /** The line the test waits for (the same as the relay applications'): the web server's random port. */
    @EventListener
    public void ready(ApplicationReadyEvent event) {
        System.out.println("relay application ready on port "
                + event.getApplicationContext().getEnvironment().getProperty("local.server.port")
                + " (Java " + System.getProperty("java.version") + ", class loader "
                + BalancedApplication.class.getClassLoader().getClass().getName() + ")");
    }
}
