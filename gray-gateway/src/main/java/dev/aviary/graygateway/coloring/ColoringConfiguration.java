package dev.aviary.graygateway.coloring;

import dev.aviary.graygateway.traffic.ConditionalOnTraffic;
import dev.aviary.graygateway.traffic.ControlPlane;
import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.graygateway.traffic.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTraffic
class ColoringConfiguration {

    @Bean
    ColoringFilter coloringFilter(GatewayProperties gateway, CurrentTraffic current, ControlPlane controlPlane) {
        return new ColoringFilter(
                gateway.laneHeader(),
                gateway.laneTokenHeader(),
                current,
                new LaneTokens(controlPlane.uri("/oauth2/jwks")),
                new ClientAddresses(gateway.clientIp().trustedProxies()));
    }
}
