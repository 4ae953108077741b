package dev.aviary.trafficpolicy.bench;

import dev.aviary.trafficpolicy.CompiledPolicy;
import dev.aviary.trafficpolicy.LaneDecision;
import dev.aviary.trafficpolicy.PolicyRejected;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's per-request decision: the docs/traffic.md example policy followed by a rule with a
 * 100,000-entry {@code in} list, over a rotating set of precomputed requests (testers, tail-7 users, new app
 * versions, Guangdong users in and outside the internal network, and many that end at the baseline after
 * trying every rule).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyEvaluationBenchmark {

    private static final String POLICY =
            """
            {"rules": [
              {"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}},
              {"name": "tail-7", "lane": "gray", "when": {"header": "x-user-id", "tailDigits": ["7"]}},
              {"name": "new-app", "lane": "gray", "when": {"header": "x-app-version", "versionRange": ">=5.2.0"}},
              {"name": "five-pct", "lane": "gray", "when": {"header": "x-user-id", "percent": 5}},
              {"name": "gd", "lane": "feature-x", "when": {"all": [{"cookie": "region", "equals": "GD"},
                                                                    {"not": {"clientIp": "10.0.0.0/8"}}]}},
              {"name": "vip", "lane": "vip", "when": {"header": "x-user-id", "in": {"list": "vip", "version": 1}}}
            ]}
            """;
    private static final int REQUESTS = 4096;
    private static final long FIRST_VIP = 13_800_000_000L;

    private CompiledPolicy policy;
    private BenchmarkRequest[] requests;
    private int next;

    @Setup
    public void setUp() throws PolicyRejected, UnknownHostException {
        List<String> vips = IntStream.range(0, 100_000)
                .mapToObj(i -> Long.toString(FIRST_VIP + i * 3L))
                .toList();
        TrafficPolicy parsed = TrafficPolicy.parse(JsonMapper.builder().build().readTree(POLICY));
        policy = CompiledPolicy.compile(parsed, (name, version) -> vips);
        requests = requests(new Random(42));
    }

    private static BenchmarkRequest[] requests(Random random) throws UnknownHostException {
        InetAddress internal = InetAddress.getByAddress(new byte[] {10, 1, 2, 3});
        InetAddress external = InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 9});
        String[] versions = {"5.1.9", "5.2.0", "5.2.0-beta.1", "4.9.12", "6.0.0", "v5.10"};
        BenchmarkRequest[] requests = new BenchmarkRequest[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            int kind = random.nextInt(100);
            String userId = kind < 20
                    ? Long.toString(FIRST_VIP + random.nextInt(200_000)) // half of them in the list
                    : kind < 22 ? "1001" : Long.toString(10_000_000L + random.nextInt(90_000_000));
            String version = kind % 3 == 0 ? versions[random.nextInt(versions.length)] : null;
            String region = kind % 4 == 0 ? "GD" : kind % 4 == 1 ? "SH" : null;
            InetAddress address = random.nextBoolean() ? internal : external;
            requests[i] = new BenchmarkRequest(userId, version, region, address);
        }
        return requests;
    }

    @Benchmark
    public LaneDecision evaluate() {
        BenchmarkRequest request = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return policy.evaluate(request);
    }

    /** How the benchmark's requests spread over the rules, for the write-up. */
    public static void main(String[] args) throws Exception {
        PolicyEvaluationBenchmark benchmark = new PolicyEvaluationBenchmark();
        benchmark.setUp();
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (BenchmarkRequest request : benchmark.requests) {
            LaneDecision decision = benchmark.policy.evaluate(request);
            counts.merge(decision.isBaseline() ? "(baseline)" : decision.rule(), 1L, Long::sum);
        }
        System.out.println(counts);
    }
}
