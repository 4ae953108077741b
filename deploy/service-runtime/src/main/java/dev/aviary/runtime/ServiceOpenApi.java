package dev.aviary.runtime;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Names each service's OpenAPI document after the service instead of springdoc's placeholder title. */
@Configuration(proxyBeanMethods = false)
class ServiceOpenApi {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(Environment environment) {
        return new OpenAPI()
                .info(new Info()
                        .title("Aviary " + environment.getProperty("spring.application.name", "service"))
                        .description(environment.getProperty("aviary.service.description", ""))
                        .version("v1"));
    }
}
