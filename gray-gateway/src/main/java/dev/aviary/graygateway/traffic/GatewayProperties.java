package dev.aviary.graygateway.traffic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gray gateway's data plane (docs/traffic.md, "gray-gateway configuration"): which policy it takes,
 * where the control plane and the registry are, and which headers carry the lane.
 *
 * @param name the gateway's name: which policy it takes from release-api (lane-name format, up to 63 characters)
 * @param traffic whether requests are colored and lane-routed at all
 * @param laneHeader the color label set on proxied requests; a client-sent one is removed unless it comes with a
 *     valid lane token
 * @param laneTokenHeader the header carrying a tester's lane token (a JWT from release-api)
 * @param controlPlane release-api, where the policy feed, traffic lists, signing keys and stats live
 * @param policyCache the file holding the last good policy (and the lists it needs), served at start while
 *     release-api is down; default {@code ${AVIARY_HOME:${java.io.tmpdir}}/gateway/<name>-policy.json}
 * @param registry the Nacos registry through which {@code lb://SERVICE} routes find instances by lane
 * @param clientIp how the client's address is determined for {@code clientIp} conditions
 */
@Validated
@ConfigurationProperties("aviary.gateway")
public record GatewayProperties(
        @DefaultValue("edge") @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{0,62}$")
        String name,

        @DefaultValue @NotNull @Valid Traffic traffic,
        @DefaultValue("x-aviary-lane") @NotBlank String laneHeader,
        @DefaultValue("x-aviary-lane-token") @NotBlank String laneTokenHeader,
        @DefaultValue @NotNull @Valid ControlPlane controlPlane,
        Path policyCache,
        @DefaultValue @NotNull @Valid Registry registry,
        @DefaultValue @NotNull @Valid ClientIp clientIp) {

    public GatewayProperties {
        if (policyCache == null) {
            String home = System.getenv().getOrDefault("AVIARY_HOME", System.getProperty("java.io.tmpdir"));
            policyCache = Path.of(home, "gateway", name + "-policy.json");
        }
        if (traffic.enabled()
                && (controlPlane.token() == null || controlPlane.token().isBlank())) {
            throw new IllegalArgumentException("aviary.gateway.control-plane.token must be set (AVIARY_INTERNAL_TOKEN)"
                    + " when aviary.gateway.traffic.enabled is true");
        }
    }

    /** @param enabled color and lane-route requests; the platform edge on 8080 turns it off */
    public record Traffic(@DefaultValue("true") boolean enabled) {}

    /**
     * @param uri release-api's base URL as the gateway reaches it
     * @param token the platform's internal token, sent as {@code Authorization: Bearer} on the feed and stats calls
     */
    public record ControlPlane(
            @DefaultValue("http://127.0.0.1:8081") @NotNull URI uri, String token) {

        @Override
        public String toString() {
            // Never log the token, also not through a failed property binding.
            return "ControlPlane[uri=" + uri + "]";
        }
    }

    /**
     * @param serverAddr the Nacos HTTP address ({@code host:port[,host:port]}; gRPC is that port + 1000)
     * @param namespace the Nacos namespace the services register in
     * @param group the Nacos group the services register in
     */
    public record Registry(
            @DefaultValue("127.0.0.1:8848") @NotBlank String serverAddr,
            @DefaultValue("public") @NotBlank String namespace,
            @DefaultValue("DEFAULT_GROUP") @NotBlank String group) {}

    /**
     * @param trustedProxies CIDRs (IPv4 or IPv6) of proxies whose {@code X-Forwarded-For} is believed; from any
     *     other peer the connection's remote address is the client
     */
    public record ClientIp(@DefaultValue List<String> trustedProxies) {}
}
