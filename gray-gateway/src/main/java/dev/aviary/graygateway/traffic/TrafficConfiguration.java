package dev.aviary.graygateway.traffic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the data plane's features share: the snapshot in force and the way to release-api. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTraffic
class TrafficConfiguration {

    @Bean
    CurrentTraffic currentTraffic() {
        return new CurrentTraffic();
    }

    @Bean
    ControlPlane controlPlane(GatewayProperties gateway) {
        return new ControlPlane(gateway.controlPlane());
    }
}
