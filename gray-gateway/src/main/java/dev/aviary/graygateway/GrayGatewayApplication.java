package dev.aviary.graygateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration;

/**
 * The data plane for coloring and lane routing, and (on 8080) the platform edge. Boot's security
 * defaults are excluded: the edge's login feature turns Spring Security on when it is enabled, and a
 * business-ingress deployment (login off) must run without any security filter.
 */
@SpringBootApplication(
        exclude = {
            ReactiveWebSecurityAutoConfiguration.class,
            ReactiveManagementWebSecurityAutoConfiguration.class,
            ReactiveOAuth2ClientWebSecurityAutoConfiguration.class
        })
@ConfigurationPropertiesScan
public class GrayGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrayGatewayApplication.class, args);
    }
}
