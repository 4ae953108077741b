package dev.aviary.graygateway.feed;

import dev.aviary.graygateway.traffic.ConditionalOnTraffic;
import dev.aviary.graygateway.traffic.ControlPlane;
import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.graygateway.traffic.GatewayProperties;
import dev.aviary.graygateway.traffic.Replica;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTraffic
class FeedConfiguration {

    @Bean
    PolicyFeed policyFeed(
            GatewayProperties gateway, ControlPlane controlPlane, CurrentTraffic current, JsonMapper json) {
        var requests = new FeedRequests(controlPlane, gateway.name(), Replica.id());
        return new PolicyFeed(requests, current, new PolicyCacheFile(gateway.policyCache(), json), json);
    }
}
