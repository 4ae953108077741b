package dev.aviary.devregistry.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.TestRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What curl shows: health, and read-only views of what real nacos-clients registered and published. */
class HttpViewsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DevRegistry registry;
    private static NamingService naming;
    private static ConfigService config;

    @BeforeAll
    static void registerAndPublish() throws Exception {
        registry = TestRegistry.startOnFreePorts();
        Properties properties = new Properties();
        properties.setProperty(PropertyKeyConst.SERVER_ADDR, registry.serverAddr());
        properties.setProperty(PropertyKeyConst.NAMESPACE, "aviary-dev");
        naming = NacosFactory.createNamingService(properties);
        config = NacosFactory.createConfigService(properties);
        Instance instance = new Instance();
        instance.setIp("10.9.0.1");
        instance.setPort(8080);
        instance.setMetadata(new HashMap<>(Map.of("aviary.lane", "gray", "aviary.version", "2.0.0")));
        naming.registerInstance("orders", "AVIARY", instance);
        config.publishConfig("lane-rules.yaml", "AVIARY", "lanes: [gray]", "yaml");
        config.publishConfig("lane-weights.yaml", "AVIARY", "gray: 10", "yaml");
    }

    @AfterAll
    static void stop() throws Exception {
        naming.shutDown();
        config.shutDown();
        registry.close();
    }

    @Test
    void supervisorHealthPathsAnswerUp() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("UP");
        }
        assertThat(get("/nacos/v1/console/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void instanceListShowsRegisteredInstancesWithMetadataInTheOpenApiShape() throws Exception {
        JsonNode list = JSON.readTree(
                get("/nacos/v1/ns/instance/list?serviceName=orders&groupName=AVIARY&namespaceId=aviary-dev")
                        .body());

        assertThat(list.path("name").asText()).isEqualTo("AVIARY@@orders");
        assertThat(list.path("hosts")).singleElement().satisfies(host -> {
            assertThat(host.path("ip").asText()).isEqualTo("10.9.0.1");
            assertThat(host.path("port").asInt()).isEqualTo(8080);
            assertThat(host.at("/metadata/aviary.lane").asText()).isEqualTo("gray");
            assertThat(host.at("/metadata/aviary.version").asText()).isEqualTo("2.0.0");
        });
        JsonNode byGroupedName =
                JSON.readTree(get("/nacos/v1/ns/instance/list?serviceName=AVIARY%40%40orders&namespaceId=aviary-dev")
                        .body());
        assertThat(byGroupedName.path("hosts")).hasSize(1);
        assertThat(JSON.readTree(get("/nacos/v1/ns/instance/list?serviceName=orders")
                                .body())
                        .path("hosts"))
                .isEmpty();
    }

    @Test
    void serviceListNamesTheServicesOfAGroup() throws Exception {
        JsonNode list = JSON.readTree(get("/nacos/v1/ns/service/list?groupName=AVIARY&namespaceId=aviary-dev")
                .body());

        assertThat(list.path("count").asInt()).isEqualTo(1);
        assertThat(list.path("doms").get(0).asText()).isEqualTo("orders");
    }

    @Test
    void configsShowsContentOrNotFoundAndSearchesWithWildcards() throws Exception {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> get("/nacos/v1/cs/configs?dataId=lane-rules.yaml&group=AVIARY&tenant=aviary-dev")
                                .statusCode()
                        == 200);
        HttpResponse<String> content =
                get("/nacos/v1/cs/configs?dataId=lane-rules.yaml&group=AVIARY&tenant=aviary-dev");
        assertThat(content.body()).isEqualTo("lanes: [gray]");

        HttpResponse<String> missing = get("/nacos/v1/cs/configs?dataId=lane-rules.yaml&group=AVIARY");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("config data not exist");

        JsonNode page =
                JSON.readTree(get("/nacos/v1/cs/configs?search=blur&dataId=lane-*&group=AVIARY&tenant=aviary-dev")
                        .body());
        assertThat(page.path("totalCount").asInt()).isEqualTo(2);
        assertThat(page.at("/pageItems/0/dataId").asText()).isEqualTo("lane-rules.yaml");
        assertThat(page.at("/pageItems/0/type").asText()).isEqualTo("yaml");
    }

    @Test
    void whatIsNotServedSaysSoInsteadOfFailingSilently() throws Exception {
        HttpResponse<String> write = HTTP.send(
                HttpRequest.newBuilder(uri("/nacos/v1/ns/instance?serviceName=x&ip=1.1.1.1&port=1"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(write.statusCode()).isEqualTo(501);
        assertThat(write.body())
                .contains("aviary dev-registry does not serve POST /nacos/v1/ns/instance")
                .contains("development stand-in for Nacos");
        assertThat(get("/somewhere").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://" + registry.serverAddr() + path);
    }
}
