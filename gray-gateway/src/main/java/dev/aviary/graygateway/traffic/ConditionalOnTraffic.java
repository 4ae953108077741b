package dev.aviary.graygateway.traffic;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present only when the gateway colors and lane-routes traffic ({@code aviary.gateway.traffic.enabled}); with
 * it off, none of the data plane exists: no feed, no registry connection, no filters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(name = "aviary.gateway.traffic.enabled", matchIfMissing = true)
public @interface ConditionalOnTraffic {}
