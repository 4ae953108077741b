package dev.aviary.trafficpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllocationFreeEvaluationTest {

    private static final String POLICY = """
            {'rules': [
              {'name': 'testers', 'lane': 'gray', 'when': {'header': 'x-user-id', 'in': ['1001', '1002']}},
              {'name': 'tail-7', 'lane': 'gray', 'when': {'header': 'x-user-id', 'tailDigits': ['7']}},
              {'name': 'new-app', 'lane': 'gray', 'when': {'header': 'x-app-version', 'versionRange': '>=5.2.0'}},
              {'name': 'five-pct', 'lane': 'gray', 'when': {'header': 'x-user-id', 'percent': 5}},
              {'name': 'gd', 'lane': 'feature-x', 'when': {'all': [{'cookie': 'region', 'equals': 'GD'},
                                                                    {'not': {'clientIp': '10.0.0.0/8'}}]}},
              {'name': 'mod', 'lane': 'gray', 'when': {'header': 'x-user-id', 'modulo': {'divisor': 97, 'remainders': [3]}}},
              {'name': 'named', 'lane': 'gray', 'when': {'any': [{'cookie': 'user', 'in': ['alice', 'bob']},
                                                                 {'path': {'prefix': '/beta/'}}]}},
              {'name': 'vip', 'lane': 'vip', 'when': {'header': 'x-user-id', 'in': {'list': 'vip', 'version': 1}}}
            ]}
            """;

    @Test
    void evaluatingAPolicyWithoutRegexAllocatesNothing() throws Exception {
        List<String> vips = IntStream.range(0, 1000)
                .mapToObj(i -> Long.toString(5_000_000L + i))
                .toList();
        CompiledPolicy policy = CompiledPolicy.compile(Policies.policy(POLICY), (name, version) -> vips);
        InetAddress internal = InetAddress.getByAddress(new byte[] {10, 1, 2, 3});
        InetAddress external = InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 9});
        RequestView[] requests = {
            new FixedRequest("1001", null, null, internal),
            new FixedRequest("5000017", "5.1.0-beta.2", "GD", external),
            new FixedRequest("5000018", "v5.3", "GD", internal),
            new FixedRequest("123456", "4.0", "GD", external),
            new FixedRequest("99999999999999999999999", "6.0.0", "SH", internal),
            new FixedRequest(null, null, null, null),
        };
        for (int i = 0; i < 20_000; i++) {
            policy.evaluate(requests[i % requests.length]);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        int baseline = 0;
        for (int i = 0; i < 100_000; i++) {
            if (policy.evaluate(requests[i % requests.length]).isBaseline()) {
                baseline++;
            }
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(baseline).isPositive();
        // A little slack for the measurement itself; a single allocation per evaluation would be megabytes.
        assertThat(allocated).isLessThan(10_000);
    }

    private record FixedRequest(String userId, String appVersion, String region, InetAddress clientAddress)
            implements RequestView {

        @Override
        public String header(String name) {
            if (name.equalsIgnoreCase("x-user-id")) {
                return userId;
            }
            return name.equalsIgnoreCase("x-app-version") ? appVersion : null;
        }

        @Override
        public String cookie(String name) {
            return name.equals("region") ? region : null;
        }

        @Override
        public String query(String name) {
            return null;
        }

        @Override
        public String path() {
            return "/api/orders";
        }
    }
}
