package dev.aviary.meshagent.dubbo;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRules;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.RpcContext;

/**
 * A Dubbo application under the agent, run by {@code DubboLanesIT} against the development registry (nacos
 * registry, interface- and application-level registration, Dubbo's defaults otherwise). Arguments:
 * {@code ROLE REGISTRY APPLICATION GROUPS VERSION}.
 * <ul>
 *   <li>{@code provider}: exports {@link Greeter} in each of the (comma-separated) groups, prints "provider ready"
 *       and runs until it is stopped;
 *   <li>{@code consumer}: exports {@link Greeter} and {@link Ledger} itself, then calls both (scope remote: through
 *       the registry, never in-JVM) by interface-level and by application-level discovery, in several lanes, and
 *       prints one line per call scenario: the distinct answers of four calls, or the refusal;
 *   <li>{@code consumer-off}: the same with fewer scenarios (the dubbo module is switched off then).
 * </ul>
 * The JVM halts when done: Dubbo's graceful shutdown would wait seconds for nothing, and each run uses a group
 * of its own, so what it leaves in the registry is never called.
 */
public final class DubboLanesApplication {

    public static void main(String[] args) throws Exception {
        String role = args[0];
        String registry = args[1];
        String applicationName = args[2];
        List<String> groups = List.of(args[3].split(","));
        String group = groups.get(0);
        String version = args[4];
        DubboBootstrap bootstrap = DubboBootstrap.getInstance();
        ApplicationConfig application = new ApplicationConfig(applicationName);
        application.setQosEnable(false);
        RegistryConfig registryConfig = new RegistryConfig("nacos://" + registry);
        // The development registry speaks nacos naming only: no config or metadata centre on it.
        registryConfig.setUseAsConfigCenter(false);
        registryConfig.setUseAsMetadataCenter(false);
        ProtocolConfig protocol = new ProtocolConfig("dubbo", freePort());
        protocol.setHost("127.0.0.1");
        bootstrap.application(application).registry(registryConfig).protocol(protocol);
        Answering answering = new Answering(version);
        for (String each : groups) {
            bootstrap.service(service(Greeter.class, answering, each));
        }
        if (role.startsWith("consumer")) {
            bootstrap.service(service(Ledger.class, answering, group));
        }
        List<ReferenceConfig<?>> references = new ArrayList<>();
        if (role.startsWith("consumer")) {
            for (String step : List.of("FORCE_INTERFACE", "FORCE_APPLICATION")) {
                ReferenceConfig<Greeter> greeter = reference(Greeter.class, group, step, application.getName());
                ReferenceConfig<Ledger> ledger = reference(Ledger.class, group, step, application.getName());
                references.add(greeter);
                references.add(ledger);
                bootstrap.reference(greeter).reference(ledger);
            }
        }
        bootstrap.start();
        if (role.equals("provider")) {
            System.out.println("provider ready");
            Thread.currentThread().join();
        } else {
            waitForRules();
            for (int i = 0; i < references.size(); i += 2) {
                String mode = i == 0 ? "interface" : "application";
                Greeter greeter = (Greeter) references.get(i).get();
                Ledger ledger = (Ledger) references.get(i + 1).get();
                awaitProviders(mode, greeter, role.equals("consumer"));
                awaitProvider(mode, ledger);
                calls(mode, greeter, ledger, role.equals("consumer"));
            }
            System.out.println("dubbo lanes application ran");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void calls(String mode, Greeter greeter, Ledger ledger, boolean all) {
        show(mode + " greeter -", null, greeter::answer);
        show(mode + " greeter gray", "gray", greeter::answer);
        show(mode + " greeter-async gray", "gray", () -> greeter.answerAsync().get());
        show(mode + " ledger -", null, ledger::answer);
        show(mode + " ledger gray", "gray", ledger::answer);
        if (!all) {
            return;
        }
        show(mode + " greeter feature-s", "feature-s", greeter::answer);
        show(mode + " greeter feature-l", "feature-l", greeter::answer);
        show(mode + " greeter gray+application-label", "gray", () -> {
            RpcContext.getClientAttachment().setAttachment("x-aviary-lane", "blue");
            try {
                return greeter.answer();
            } finally {
                RpcContext.getClientAttachment().removeAttachment("x-aviary-lane");
            }
        });
        show(mode + " greeter - after", null, greeter::answer);
    }

    /** Until the consumer's directory holds both providers of {@code Greeter} (30 s at most). */
    private static void awaitProviders(String mode, Greeter greeter, boolean routed) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        // Routed: gray work reaches the gray provider once it is known; not routed: round robin reaches both.
        String lane = routed ? "gray" : null;
        while (System.nanoTime() < deadline) {
            String answers = answers(lane, greeter::answer);
            if (answers.contains("v2") && (routed || answers.contains("v1"))) {
                return;
            }
            Thread.sleep(100);
        }
        System.out.println(mode + " providers not found in time");
    }

    /**
     * Until the consumer's directory holds its own {@code Ledger} provider (30 s at most): the registry pushes each
     * interface's providers on their own, so that {@code Greeter}'s are known says nothing of it.
     */
    private static void awaitProvider(String mode, Ledger ledger) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!answers(null, ledger::answer).startsWith("refused: ")) {
                return;
            }
            Thread.sleep(100);
        }
        System.out.println(mode + " ledger provider not found in time");
    }

    private static void show(String scenario, String lane, Callable<String> call) {
        System.out.println(scenario + " -> " + answers(lane, call));
    }

    private static String answers(String lane, Callable<String> call) {
        TreeSet<String> seen = new TreeSet<>();
        try (LaneScope ignored = LaneContext.attach(lane)) {
            for (int i = 0; i < 4; i++) {
                seen.add(call.call());
            }
        } catch (Exception failed) {
            Throwable cause = failed;
            while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
                cause = cause.getCause();
            }
            return "refused: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return seen.toString();
    }

    private static void waitForRules() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (LaneRules.current().revision() < 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        System.out.println("rules " + LaneRules.current().revision());
    }

    private static <T> ServiceConfig<T> service(Class<T> type, T implementation, String group) {
        ServiceConfig<T> service = new ServiceConfig<>();
        service.setInterface(type);
        service.setRef(implementation);
        service.setGroup(group);
        // No warm-up: round robin then alternates between providers started seconds apart.
        service.setWarmup(0);
        return service;
    }

    private static <T> ReferenceConfig<T> reference(Class<T> type, String group, String step, String application) {
        ReferenceConfig<T> reference = new ReferenceConfig<>();
        reference.setId(type.getSimpleName() + "-" + step);
        reference.setInterface(type);
        reference.setGroup(group);
        reference.setScope("remote");
        reference.setCheck(false);
        reference.setRetries(0);
        // The first calls load classes in both JVMs; on a busy machine that takes longer than Dubbo's 1 s default.
        reference.setTimeout(20_000);
        reference.setLoadbalance("roundrobin");
        reference.setProvidedBy(application);
        reference.setParameters(new java.util.HashMap<>(Map.of("migration.step", step)));
        return reference;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
