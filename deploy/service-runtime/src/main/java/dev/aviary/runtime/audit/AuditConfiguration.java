package dev.aviary.runtime.audit;

import dev.aviary.runtime.security.SecurityProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit client every service gets: {@link AuditTrail} for service code, the filter that
 * records failures, and (unless the service stores events itself, as release-api does) the outbox and
 * its relay to release-api.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(AuditRecorder recorder, JsonMapper json, Environment environment) {
        return new AuditTrail(
                recorder, json, Clock.systemUTC(), environment.getRequiredProperty("spring.application.name"));
    }

    /** Inside Spring Security's filter chain (which is at -100), so the caller is known. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(trail));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AuditRecorder.class)
    static class Outbox {

        @Bean
        AuditRelay auditRelay(
                FlywayMigrationInitializer serviceMigrationsFirst,
                DataSource dataSource,
                PlatformTransactionManager transactionManager,
                SecurityProperties security,
                Environment environment) {
            RuntimeMigrations.apply(dataSource, environment.getRequiredProperty("aviary.service.schema"));
            RestClient releaseApi = RestClient.builder()
                    .baseUrl(security.releaseApiUri().toString())
                    .defaultHeader("Authorization", "Bearer " + security.internalToken())
                    .defaultHeader("X-Aviary-Service", environment.getRequiredProperty("spring.application.name"))
                    .build();
            return new AuditRelay(
                    JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), releaseApi);
        }

        @Bean
        AuditRecorder outboxAuditRecorder(DataSource dataSource, JsonMapper json, AuditRelay relay) {
            return new OutboxAuditRecorder(JdbcClient.create(dataSource), json, relay);
        }
    }
}
