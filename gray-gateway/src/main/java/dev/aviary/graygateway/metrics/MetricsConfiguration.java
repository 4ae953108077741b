package dev.aviary.graygateway.metrics;

import dev.aviary.graygateway.traffic.ConditionalOnTraffic;
import dev.aviary.graygateway.traffic.ControlPlane;
import dev.aviary.graygateway.traffic.GatewayProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTraffic
class MetricsConfiguration {

    @Bean
    RequestMeters requestMeters(MeterRegistry registry, GatewayProperties gateway) {
        return new RequestMeters(registry, gateway.name());
    }

    @Bean
    RequestMetricsFilter requestMetricsFilter(RequestMeters meters) {
        return new RequestMetricsFilter(meters);
    }

    @Bean
    StatsReporter statsReporter(
            RequestMeters meters, ControlPlane controlPlane, GatewayProperties gateway, JsonMapper json) {
        return new StatsReporter(meters, controlPlane, gateway.name(), json);
    }
}
