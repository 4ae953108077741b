package dev.aviary.launcher;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aviary.registryclient.Endpoint;
import dev.aviary.registryclient.LaneDirectory;
import dev.aviary.registryclient.LaneInstance;
import dev.aviary.registryclient.RegistryConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole platform, started by the real {@code bin/aviary} from the built jars, used the way a
 * newcomer would: up, the edge's system health, the console in chromium, a killed service coming
 * back, data surviving down and up, and a taken port refused before anything starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final List<String> SERVICES = List.of(
            "gray-gateway",
            "release-api",
            "pipeline-engine",
            "artifact-repo",
            "env-manager",
            "host-deployer",
            "k8s-deployer");

    private static final String ADMIN_TOKEN = "t0k";

    private final Path repo = Path.of(System.getenv().getOrDefault("AVIARY_REPO", "../.."))
            .toAbsolutePath()
            .normalize();
    private final Path home = repo.resolve("deploy/launcher/target/platform-it-home");
    private final AviaryCli aviary = new AviaryCli(repo, home);
    private final HttpClient http = HttpClient.newHttpClient();
    private final EdgeApi edge = new EdgeApi("http://localhost:8080", null);
    private AviaryCli.Result firstUp;
    private static final String INGRESS = "it-shop-ingress";
    private final GrayRelease grayRelease = new GrayRelease(repo, home, INGRESS, freePort());

    @BeforeAll
    void startThePlatform() throws Exception {
        deleteRecursively(home);
        firstUp = aviary.runWith(Map.of("AVIARY_ADMIN_TOKEN", ADMIN_TOKEN), "up");
        assertThat(firstUp.exitCode())
                .as("bin/aviary up must succeed for any platform test to mean something:%n%s", firstUp.output())
                .isZero();
    }

    @AfterAll
    void stopThePlatform() throws Exception {
        grayRelease.close();
        aviary.run("demo", "down");
        aviary.run("down");
    }

    @Test
    @Order(1)
    void upReportsEveryServiceUpAndTheConsoleUrl() {
        for (String service : SERVICES) {
            assertThat(firstUp.output()).containsPattern(service + "\\s+UP in \\d+\\.\\d s");
        }
        assertThat(firstUp.output()).contains("Console: http://localhost:8080");
    }

    @Test
    @Order(2)
    void theEdgeReportsEveryServiceUp() throws Exception {
        String health = get("http://localhost:8080/api/v1/system/health");

        assertThat(health).startsWith("{\"status\":\"UP\"");
        for (String service : SERVICES) {
            assertThat(health).containsPattern("\"name\":\"" + service + "\",\"url\":\"[^\"]+\",\"status\":\"UP\"");
        }
    }

    @Test
    @Order(3)
    void upWhenAlreadyUpChangesNothing() throws Exception {
        long supervisor = PlatformState.readFrom(stateFile()).orElseThrow().supervisorPid();

        AviaryCli.Result again = aviary.run("up");

        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("Aviary is already up; nothing to do.");
        assertThat(PlatformState.readFrom(stateFile()).orElseThrow().supervisorPid())
                .isEqualTo(supervisor);
    }

    @Test
    @Order(4)
    void theConsoleLoadsInChromiumAndItsNavigationWorks() throws Exception {
        AviaryCli.Result e2e = aviary.exec(
                List.of("npm", "run", "e2e"),
                repo.resolve("web-console"),
                Map.of(
                        "AVIARY_CONSOLE_URL",
                        "http://localhost:8080",
                        "CI",
                        "true",
                        "AVIARY_ADMIN_PASSWORD",
                        adminPassword()),
                300);

        assertThat(e2e.exitCode()).as(e2e.output()).isZero();
        assertThat(repo.resolve("web-console/target/screenshots/overview.png")).isNotEmptyFile();
    }

    @Test
    @Order(21)
    void theDevelopmentRegistryRunsAndANacosClientRegistersAndWatchesThroughIt() throws Exception {
        assertThat(firstUp.output()).containsPattern("dev-registry\\s+UP in \\d+\\.\\d s");
        try (RegistryConnection shop = RegistryConnection.open("127.0.0.1:8848", "", null);
                RegistryConnection gateway = RegistryConnection.open("127.0.0.1:8848", "", null)) {
            shop.register(LaneInstance.of("platform-it-orders", "10.9.0.1", 8080, "gray", "v2"));

            LaneDirectory orders = gateway.watch("platform-it-orders");

            await().atMost(ofSeconds(10))
                    .untilAsserted(() -> assertThat(orders.healthy("gray"))
                            .extracting(Endpoint::address)
                            .containsExactly("10.9.0.1:8080"));
            assertThat(get("http://127.0.0.1:8848/nacos/v1/ns/instance/list?serviceName=platform-it-orders"))
                    .contains("10.9.0.1");
        }
    }

    @Test
    @Order(41)
    void theAdminTokenFromTheFirstStartWorksThroughTheEdgeAndNothingWorksWithoutCredentials() throws Exception {
        EdgeApi.Reply me = edge.as(ADMIN_TOKEN).get("/api/v1/users/me");
        EdgeApi.Reply anonymous = edge.get("/api/v1/users/me");

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.field("username")).isEqualTo("admin");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.field("type")).isEqualTo("/problems/unauthenticated");
        assertThat(firstUp.output()).contains("Sign in as admin with the password ");
    }

    @Test
    @Order(42)
    void aViewersTokenCannotCreateAnApplication() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        assertThat(admin.post("/api/v1/projects", "{\"key\":\"it-shop\",\"name\":\"Shop\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.post("/api/v1/service-accounts", "{\"name\":\"it-viewer\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.put("/api/v1/projects/it-shop/members/it-viewer", "{\"role\":\"viewer\"}")
                        .status())
                .isEqualTo(201);
        String viewerToken = admin.post("/api/v1/service-accounts/it-viewer/tokens", "{\"name\":\"ci\"}")
                .field("token");

        EdgeApi.Reply refused = edge.as(viewerToken)
                .post("/api/v1/projects/it-shop/applications", "{\"name\":\"web\",\"type\":\"host\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.field("detail")).isEqualTo("Requires application.write on project it-shop");
    }

    @Test
    @Order(43)
    void killingReleaseApiWhileAnotherServiceRecordsLosesNoAuditEvent() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        // env-manager now knows the token; while release-api is away it keeps using that answer.
        assertThat(admin.get("/api/v1/environments?project=it-shop").status()).isEqualTo(200);
        ServiceSnapshot releaseApi = service("release-api");

        ProcessHandle.of(releaseApi.pid()).orElseThrow().destroyForcibly();
        for (int i = 1; i <= 5; i++) {
            EdgeApi.Reply created =
                    admin.post("/api/v1/environments", "{\"project\":\"it-shop\",\"name\":\"outage-%d\"}".formatted(i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        await().atMost(ofSeconds(180)).pollInterval(ofSeconds(2)).untilAsserted(() -> {
            EdgeApi.Reply trail =
                    admin.get("/api/v1/audit-events?action=environment.create&target=project/it-shop&size=50");
            assertThat(trail.status()).isEqualTo(200);
            for (int i = 1; i <= 5; i++) {
                assertThat(trail.body()).contains("\"target\":\"project/it-shop/environment/outage-" + i + "\"");
            }
        });
        assertThat(service("release-api").restarts()).isEqualTo(releaseApi.restarts() + 1);
        assertThat(admin.get("/api/v1/audit-events/verify").body()).contains("\"intact\":true");
    }

    @Test
    @Order(44)
    void tamperingWithAnAuditRowIsReportedByVerify() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        try (Connection db = database()) {
            db.createStatement().execute("update release_api.audit_events set actor = 'mallory' where sequence = 2");
        }

        EdgeApi.Reply verify = admin.get("/api/v1/audit-events/verify");

        assertThat(verify.body()).contains("\"intact\":false").contains("\"firstBrokenSequence\":2");
    }

    private static final String EXAMPLE_POLICY = """
            {"rules": [
              {"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}},
              {"name": "tail-7", "lane": "gray", "when": {"header": "x-user-id", "tailDigits": ["7"]}},
              {"name": "new-app", "lane": "gray", "when": {"header": "x-app-version", "versionRange": ">=5.2.0"}},
              {"name": "five-pct", "lane": "gray", "when": {"header": "x-user-id", "percent": 5}},
              {"name": "gd", "lane": "feature-x", "when": {"all": [{"cookie": "region", "equals": "GD"},
                                                                    {"not": {"clientIp": "10.0.0.0/8"}}]}}
            ]}""";

    @Test
    @Order(45)
    void aBusinessIngressSendsListedTailSevenAndNewAppUsersToGrayAndEveryoneElseToV1() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        // The console test may have declared them already: PUT creates (201) or replaces (200).
        assertThat(admin.put("/api/v1/lanes/gray", "{\"description\":\"demo v2\"}")
                        .status())
                .isIn(200, 201);
        assertThat(admin.put("/api/v1/lanes/feature-x", "{}").status()).isIn(200, 201);
        EdgeApi.Reply policy = admin.put("/api/v1/traffic-policies/" + INGRESS, EXAMPLE_POLICY);
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);

        grayRelease.startBackends();
        grayRelease.startIngress();

        await().atMost(ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(grayRelease.asUser("1001").servedBy("v2")).isTrue());
        for (String grayUser : List.of("1001", "1002", "4567", "20000007")) {
            LaneAnswer answer = grayRelease.asUser(grayUser);
            assertThat(answer.servedBy("v2"))
                    .as("user %s: %s", grayUser, answer)
                    .isTrue();
            assertThat(answer.receivedLane()).isEqualTo("gray");
        }
        assertThat(grayRelease.send(Map.of("x-app-version", "5.2.0")).servedBy("v2"))
                .isTrue();
        LaneAnswer oldApp = grayRelease.send(Map.of("x-app-version", "5.1.9"));
        assertThat(oldApp.servedBy("v1")).as(oldApp.body()).isTrue();
        assertThat(oldApp.receivedLane()).isNull();
        assertThat(grayRelease.send(Map.of("x-aviary-lane", "gray")).servedBy("v1"))
                .as("a label without a lane token is removed")
                .isTrue();
    }

    @Test
    @Order(46)
    void fivePercentOfOtherUsersAreGrayStickilyAndNoAnswerCrossesLanes() throws Exception {
        List<String> users = java.util.stream.IntStream.range(0, 25_000)
                .filter(i -> i % 10 != 7 && i != 1001 && i != 1002)
                .mapToObj(String::valueOf)
                .toList();

        List<LaneAnswer> first = grayRelease.asUsers(users, 16);
        List<LaneAnswer> again = grayRelease.asUsers(users.subList(0, 2_000), 16);

        assertThat(first)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        assertThat(first)
                .as("gray-labelled requests reach v2 and only they do")
                .allSatisfy(answer ->
                        assertThat("gray".equals(answer.receivedLane())).isEqualTo("v2".equals(answer.version())));
        double grayShare =
                first.stream().filter(answer -> answer.servedBy("v2")).count() / (double) users.size();
        System.out.printf("five-pct: %.3f %% of %d users are gray%n", grayShare * 100, users.size());
        assertThat(grayShare).isBetween(0.04, 0.06);
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).version())
                    .as("user %s", users.get(i))
                    .isEqualTo(first.get(i).version());
        }
    }

    @Test
    @Order(47)
    void stoppingTheGrayInstanceSendsGrayTrafficToV1OrFailsWhenTheLaneIsStrict() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        grayRelease.stopGray();
        await().atMost(ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(grayRelease.asUser("1001").servedBy("v1")).isTrue());
        assertThat(grayRelease.asUser("1001").receivedLane()).isEqualTo("gray");

        assertThat(admin.put("/api/v1/lanes/gray", "{\"strict\":true}").status())
                .isEqualTo(200);
        await().atMost(ofSeconds(30)).untilAsserted(() -> {
            LaneAnswer refused = grayRelease.asUser("1001");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body()).contains("/problems/lane-unavailable").contains("gray");
        });
        assertThat(grayRelease.asUser("1000").servedBy("v1")).isTrue();

        assertThat(admin.put("/api/v1/lanes/gray", "{\"strict\":false}").status())
                .isEqualTo(200);
        grayRelease.startGray();
        await().atMost(ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(grayRelease.asUser("1001").servedBy("v2")).isTrue());
    }

    @Test
    @Order(48)
    void aPolicyChangeAppliesWithinASecondAndNoRequestFailsDuringTheSwap() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        String withUser3001 = EXAMPLE_POLICY.replace(
                "{\"rules\": [",
                "{\"rules\": [{\"name\": \"it-3001\", \"lane\": \"gray\", \"when\": {\"header\": \"x-user-id\","
                        + " \"equals\": \"3001\"}},");
        try (RequestLoop load = new RequestLoop(() -> grayRelease.asUser("3001"), 4)) {
            await().atMost(ofSeconds(10)).until(() -> load.answers() > 100);
            assertThat(grayRelease.asUser("3001").servedBy("v1")).isTrue();

            assertThat(admin.put("/api/v1/traffic-policies/" + INGRESS, withUser3001)
                            .status())
                    .isEqualTo(200);
            long changed = System.nanoTime();
            long appliedAt =
                    await().atMost(ofSeconds(10)).until(() -> load.firstAnswerAfter(changed, "v2"), t -> t > 0);
            double seconds = (appliedAt - changed) / 1e9;
            System.out.printf("policy change in force after %.3f s%n", seconds);
            assertThat(seconds).isLessThan(1.0);

            assertThat(admin.put("/api/v1/traffic-policies/" + INGRESS, EXAMPLE_POLICY)
                            .status())
                    .isEqualTo(200);
            long restored = System.nanoTime();
            await().atMost(ofSeconds(10)).until(() -> load.firstAnswerAfter(restored, "v1") > 0);
            assertThat(load.failures())
                    .as("answers other than 200 during the swaps")
                    .isEmpty();
        }
    }

    @Test
    @Order(49)
    void anInvalidPolicyChangesNothing() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);
        String before = admin.get("/api/v1/traffic-policies/" + INGRESS).body();

        EdgeApi.Reply rejected = admin.put(
                "/api/v1/traffic-policies/" + INGRESS,
                "{\"rules\": [{\"name\": \"bad\", \"lane\": \"gray\", \"when\": {\"header\": \"x-app-version\","
                        + " \"versionRange\": \">=5.x\"}}]}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.body()).contains("rules[0].when.versionRange");
        assertThat(admin.get("/api/v1/traffic-policies/" + INGRESS).body()).isEqualTo(before);
        assertThat(grayRelease.asUser("1001").servedBy("v2")).isTrue();
        assertThat(grayRelease.send(Map.of("x-app-version", "5.3.0")).servedBy("v2"))
                .isTrue();
    }

    @Test
    @Order(50)
    void releaseApiShowsTheIngresssRequestsPerLane() throws Exception {
        EdgeApi admin = edge.as(ADMIN_TOKEN);

        await().atMost(ofSeconds(60)).pollInterval(ofSeconds(2)).untilAsserted(() -> {
            EdgeApi.Reply stats = admin.get("/api/v1/traffic-policies/" + INGRESS + "/stats");
            assertThat(stats.status()).as(stats.body()).isEqualTo(200);
            assertThat(stats.body()).contains("\"lane\":\"gray\"").contains("\"lane\":\"baseline\"");
        });
    }

    @Test
    @Order(51)
    void theIngressRestartsWhileReleaseApiIsDownAndStillColors() throws Exception {
        grayRelease.stopIngress();
        long releaseApi = service("release-api").pid();
        signal("STOP", releaseApi);
        try {
            grayRelease.startIngress();

            assertThat(grayRelease.asUser("1001").servedBy("v2")).isTrue();
            assertThat(grayRelease.asUser("1000").servedBy("v1")).isTrue();
            assertThat(Files.readString(Path.of("/proc/" + releaseApi + "/stat")))
                    .as("release-api was stopped all along")
                    .matches("\\d+ \\(java\\) T .*\\s*");
        } finally {
            // On a loaded machine the ingress can take longer than the supervisor's 30 s hung limit to start:
            // the supervisor then restarts the stopped release-api itself, and there is nothing to continue.
            if (ProcessHandle.of(releaseApi).isPresent()) {
                signal("CONT", releaseApi);
            }
            grayRelease.close();
        }
    }

    @Test
    @Order(52)
    void aKilledServiceIsRestartedAndStatusShowsIt() throws Exception {
        ServiceSnapshot before = service("env-manager");
        ProcessHandle.of(before.pid()).orElseThrow().destroyForcibly();

        await().atMost(ofSeconds(120)).pollInterval(ofSeconds(1)).untilAsserted(() -> {
            ServiceSnapshot after = service("env-manager");
            assertThat(after.state()).isEqualTo(ServiceState.UP);
            assertThat(after.pid()).isNotEqualTo(before.pid());
            assertThat(after.restarts()).isEqualTo(before.restarts() + 1);
        });
        AviaryCli.Result status = aviary.run("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.output())
                .containsPattern("env-manager\\s+UP\\s+8084\\s+\\d+\\s+\\S+\\s+\\S+ s\\s+1\\s")
                .contains("env-manager (pid " + before.pid() + ") exited with code 137");
    }

    @Test
    @Order(53)
    void theFullLinkDemoSendsEveryHopOfTenThousandRequestsToItsLanesVersion() throws Exception {
        AviaryCli.Result demo = aviary.run("up", "--demo");
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("Aviary is already up").contains("The demo is up");

        List<FullLinkTraffic.Hop> hops = new FullLinkTraffic(DemoCommand.INGRESS_PORT).send(10_000, 16);

        assertThat(FullLinkTraffic.perLane(hops)).containsOnlyKeys("baseline", "gray", "feature-x");
        assertThat(hops)
                .as("every hop of every request on its lane's version (A -> B -> C, B to C through a pool and an"
                        + " async client), no answer crossing lanes")
                .allSatisfy(hop -> assertThat(hop.status() + " " + hop.chain())
                        .as("user %d, feature %s", hop.user(), hop.feature())
                        .isEqualTo("200 " + FullLinkTraffic.expectedChain(hop.lane(), true)));
    }

    @Test
    @Order(54)
    void stoppingCsGrayInstanceSendsGrayHopsToCV1AndLeavesEveryOtherHopAlone() throws Exception {
        long grayC = Long.parseLong(
                Files.readString(home.resolve("demo/demo-c-v2.pid")).trim());
        signal("TERM", grayC);
        FullLinkTraffic traffic = new FullLinkTraffic(DemoCommand.INGRESS_PORT);
        await().atMost(ofSeconds(15))
                .untilAsserted(() -> assertThat(traffic.hop(1001, false).chain())
                        .isEqualTo(FullLinkTraffic.expectedChain("gray", false)));

        List<FullLinkTraffic.Hop> hops = traffic.send(2_000, 16);

        assertThat(hops)
                .allSatisfy(hop -> assertThat(hop.status() + " " + hop.chain())
                        .as("user %d, feature %s", hop.user(), hop.feature())
                        .isEqualTo("200 " + FullLinkTraffic.expectedChain(hop.lane(), false)));
        AviaryCli.Result down = aviary.run("demo", "down");
        assertThat(down.output()).contains("Stopped the demo").contains("demo-ingress");
    }

    @Test
    @Order(55)
    void theDemoRoutesTheSameOnTemurin25() throws Exception {
        Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeTrue(Files.isDirectory(temurin25), "Temurin 25 is not installed at " + temurin25);
        AviaryCli.Result demo = aviary.runWith(Map.of("AVIARY_DEMO_JAVA_HOME", temurin25.toString()), "demo", "up");
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(Files.readString(home.resolve("logs/demo-c-v2.log"))).contains("on Java 25");

        List<FullLinkTraffic.Hop> hops = new FullLinkTraffic(DemoCommand.INGRESS_PORT).send(3_000, 16);

        assertThat(hops)
                .allSatisfy(hop -> assertThat(hop.status() + " " + hop.chain())
                        .as("user %d, feature %s", hop.user(), hop.feature())
                        .isEqualTo("200 " + FullLinkTraffic.expectedChain(hop.lane(), true)));
        assertThat(aviary.run("demo", "down").output()).contains("Stopped the demo");
    }

    @Test
    @Order(60)
    void aHungServiceIsKilledAndRestarted() throws Exception {
        ServiceSnapshot before = service("host-deployer");
        // SIGSTOP: the process lives on but answers nothing, neither health nor liveness.
        assertThat(new ProcessBuilder("kill", "-STOP", String.valueOf(before.pid()))
                        .start()
                        .waitFor())
                .isZero();

        await().atMost(ofSeconds(180)).pollInterval(ofSeconds(1)).untilAsserted(() -> {
            ServiceSnapshot after = service("host-deployer");
            assertThat(after.state()).isEqualTo(ServiceState.UP);
            assertThat(after.pid()).isNotEqualTo(before.pid());
            assertThat(after.restarts()).isEqualTo(before.restarts() + 1);
        });
        assertThat(Files.readString(home.resolve("logs/aviary.log")))
                .contains("host-deployer (pid " + before.pid() + ") failed its liveness probe");
    }

    @Test
    @Order(70)
    void downThenUpKeepsTheData() throws Exception {
        try (Connection db = database()) {
            db.createStatement().execute("create schema if not exists platform_it");
            db.createStatement().execute("create table platform_it.marker (note text)");
            db.createStatement().execute("insert into platform_it.marker values ('written before down')");
        }

        assertThat(aviary.run("down").output()).contains("Aviary is down.");
        assertThat(PortGuard.isFree(8080)).isTrue();
        assertThat(PortGuard.isFree(DatabaseSettings.DEFAULT_EMBEDDED_PORT)).isTrue();
        AviaryCli.Result up = aviary.run("up");

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).as("the admin password is shown once").doesNotContain("Sign in as admin");
        try (Connection db = database();
                ResultSet rows = db.createStatement().executeQuery("select note from platform_it.marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before down");
        }
    }

    @Test
    @Order(80)
    void aTakenPortIsReportedAndNothingStarts() throws Exception {
        aviary.run("down");

        try (ServerSocket squatter = new ServerSocket(8083)) {
            AviaryCli.Result up = aviary.run("up");

            assertThat(up.exitCode()).isEqualTo(2);
            assertThat(up.output())
                    .contains("port 8083 (needed by artifact-repo) is already in use by pid "
                            + ProcessHandle.current().pid())
                    .contains("Nothing was started.");
            assertThat(aviary.run("status").exitCode()).isEqualTo(StatusCommand.NOT_RUNNING);
            assertThat(Stream.of(8080, 8081, 8082, 8084, 8085, 8086, DatabaseSettings.DEFAULT_EMBEDDED_PORT))
                    .allMatch(PortGuard::isFree);
        }
    }

    @Test
    @Order(90)
    void anExternalDatabaseReplacesTheEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + external.getPort() + "/postgres";

            AviaryCli.Result up = aviary.runWith(
                    Map.of("AVIARY_DB_URL", url, "AVIARY_DB_USER", "postgres", "AVIARY_DB_PASSWORD", "postgres"), "up");

            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.output()).contains("external PostgreSQL " + url);
            assertThat(PortGuard.isFree(DatabaseSettings.DEFAULT_EMBEDDED_PORT)).isTrue();
            try (Connection db = external.getPostgresDatabase().getConnection();
                    ResultSet schemas = db.createStatement()
                            .executeQuery("select count(*) from information_schema.tables"
                                    + " where table_name = 'flyway_schema_history'")) {
                schemas.next();
                assertThat(schemas.getInt(1))
                        .as("one migrated schema per back-end service")
                        .isEqualTo(6);
            }
            aviary.run("down");
        }
    }

    /** The admin password bin/aviary generated and printed at the first start. */
    private String adminPassword() {
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("Sign in as admin with the password (\\S+)")
                .matcher(firstUp.output());
        assertThat(printed.find()).as(firstUp.output()).isTrue();
        return printed.group(1);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                        .start()
                        .waitFor())
                .isZero();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ServiceSnapshot service(String name) {
        return PlatformState.readFrom(stateFile()).orElseThrow().services().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Path stateFile() {
        return home.resolve("run/state.properties");
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + DatabaseSettings.DEFAULT_EMBEDDED_PORT + "/aviary",
                "postgres",
                "postgres");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path each :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }
}
