package dev.aviary.graygateway.edge;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One route per owning service: {@code /api/v1/<prefix>/**} goes to the service that owns the prefix. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aviary.edge.enabled", matchIfMissing = true)
class ApiRoutes {

    @Bean
    RouteLocator apiRouteLocator(RouteLocatorBuilder builder, EdgeProperties edge) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        edge.services()
                .forEach((service, owned) -> routes.route(
                        service,
                        route -> route.path(owned.prefixes().stream()
                                        .map(prefix -> "/api/v1/" + prefix + "/**")
                                        .toArray(String[]::new))
                                .uri(owned.uri())));
        return routes.build();
    }
}
