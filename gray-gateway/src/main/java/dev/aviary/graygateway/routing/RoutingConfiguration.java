package dev.aviary.graygateway.routing;

import dev.aviary.graygateway.traffic.ConditionalOnTraffic;
import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.graygateway.traffic.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTraffic
class RoutingConfiguration {

    @Bean
    ServiceDirectories serviceDirectories(GatewayProperties gateway) {
        return new ServiceDirectories(gateway.registry());
    }

    @Bean
    LaneRoutingFilter laneRoutingFilter(ServiceDirectories directories, CurrentTraffic current) {
        return new LaneRoutingFilter(directories, new LaneRouter(), current);
    }
}
