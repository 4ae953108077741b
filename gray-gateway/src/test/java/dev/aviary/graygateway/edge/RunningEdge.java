package dev.aviary.graygateway.edge;

import dev.aviary.graygateway.login.StubIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway running as the edge on a random port, with every service of the real prefix table
 * (application.yml) pointed at a stub, and the console's sign-in at a stub of release-api's
 * authorization server. Map binding merges sources, so the test cannot drop a
 * service from the table; instead every one of them gets a deterministic stand-in. All tests that
 * extend this share one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "aviary.edge.health-timeout=300ms",
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"
        })
@AutoConfigureWebTestClient
public abstract class RunningEdge {

    protected static final StubService RELEASE_API = StubService.releaseApi();
    protected static final StubService PIPELINE_ENGINE = StubService.closedPort();
    protected static final StubService ARTIFACT_REPO = StubService.reportingDown();
    protected static final StubService ENV_MANAGER = StubService.silent();
    protected static final StubService HOST_DEPLOYER = StubService.healthy();
    protected static final StubService K8S_DEPLOYER = StubService.healthy();
    /** release-api's authorization server, where the console signs in. */
    protected static final StubIdentityProvider IDENTITY = StubIdentityProvider.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("aviary.edge.services.release-api.uri", RELEASE_API::uri);
        registry.add("aviary.edge.services.pipeline-engine.uri", PIPELINE_ENGINE::uri);
        registry.add("aviary.edge.services.artifact-repo.uri", ARTIFACT_REPO::uri);
        registry.add("aviary.edge.services.env-manager.uri", ENV_MANAGER::uri);
        registry.add("aviary.edge.services.host-deployer.uri", HOST_DEPLOYER::uri);
        registry.add("aviary.edge.services.k8s-deployer.uri", K8S_DEPLOYER::uri);
        registry.add("aviary.edge.login.issuer", IDENTITY::uri);
        registry.add("aviary.edge.login.internal-uri", IDENTITY::uri);
    }

    @Autowired
    protected WebTestClient http;

    @LocalServerPort
    protected int port;
}
