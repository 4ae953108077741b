package dev.aviary.graygateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The data plane for coloring and lane routing, and (on 8080) the platform edge. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrayGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrayGatewayApplication.class, args);
    }
}
