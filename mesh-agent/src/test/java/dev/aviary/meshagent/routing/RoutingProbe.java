package dev.aviary.meshagent.routing;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRules;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An application that discovers its callees with nacos-client, run under the agent by {@code LaneRoutingIT}.
 * Arguments: the registry address, then commands; each prints one line:
 * <ul>
 *   <li>{@code register SERVICE IP PORT}: registers this instance without any metadata of its own;
 *   <li>{@code show SERVICE}: every instance of the service with its lane metadata ({@code getAllInstances});
 *   <li>{@code wait-rules REVISION}: waits (10 s at most) until the agent holds lane rules of that revision;
 *   <li>{@code list LANE SERVICE}: {@code selectInstances(SERVICE, true)} with LANE current ({@code -} = baseline);
 *   <li>{@code one LANE SERVICE N}: the distinct answers of N {@code selectOneHealthyInstance(SERVICE)}.
 * </ul>
 */
public final class RoutingProbe {

    public static void main(String[] args) throws Exception {
        NamingService naming = NacosFactory.createNamingService(args[0]);
        try {
            for (int i = 1; i < args.length; ) {
                String command = args[i++];
                switch (command) {
                    case "register" -> {
                        naming.registerInstance(args[i], args[i + 1], Integer.parseInt(args[i + 2]));
                        i += 3;
                        System.out.println("registered " + args[i - 3]);
                    }
                    case "show" ->
                        System.out.println("show " + args[i] + " -> " + describe(naming.getAllInstances(args[i++])));
                    case "wait-rules" -> System.out.println("rules " + waitForRules(Long.parseLong(args[i++])));
                    case "list" -> {
                        String lane = args[i++];
                        String service = args[i++];
                        System.out.println("list " + lane + " " + service + " -> "
                                + inLane(lane, () -> addresses(naming.selectInstances(service, true))));
                    }
                    case "one" -> {
                        String lane = args[i++];
                        String service = args[i++];
                        int times = Integer.parseInt(args[i++]);
                        System.out.println("one " + lane + " " + service + " -> "
                                + inLane(lane, () -> {
                                    TreeSet<String> seen = new TreeSet<>();
                                    for (int n = 0; n < times; n++) {
                                        Instance chosen = naming.selectOneHealthyInstance(service);
                                        seen.add(chosen.getIp() + ":" + chosen.getPort());
                                    }
                                    return seen.toString();
                                }));
                    }
                    default -> throw new IllegalArgumentException("unknown command " + command);
                }
            }
        } finally {
            naming.shutDown();
        }
    }

    private interface Call {
        String run() throws Exception;
    }

    private static String inLane(String lane, Call call) {
        try (LaneScope ignored = LaneContext.attach("-".equals(lane) ? null : lane)) {
            return call.run();
        } catch (Exception refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static String addresses(List<Instance> instances) {
        List<String> addresses = new ArrayList<>();
        instances.forEach(instance -> addresses.add(instance.getIp() + ":" + instance.getPort()));
        addresses.sort(null);
        return addresses.toString();
    }

    private static String describe(List<Instance> instances) {
        List<String> described = new ArrayList<>();
        for (Instance instance : instances) {
            described.add(instance.getIp() + ":" + instance.getPort() + " lane="
                    + instance.getMetadata().get("aviary.lane") + " version="
                    + instance.getMetadata().get("aviary.version"));
        }
        return described.toString();
    }

    private static long waitForRules(long revision) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (LaneRules.current().revision() < revision && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return LaneRules.current().revision();
    }
}
