package dev.aviary.devregistry.bench;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.exception.NacosException;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.listener.Event;
import com.alibaba.nacos.api.naming.listener.EventListener;
import com.alibaba.nacos.api.naming.listener.NamingEvent;
import com.alibaba.nacos.api.naming.pojo.Instance;
import com.alibaba.nacos.common.utils.VersionUtils;
import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.TestRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Push latency of the dev-registry with real nacos-clients: {@code services} × {@code instances}
 * registered by {@code instances} provider clients (one instance per service each), {@code subscribers}
 * NamingService clients each subscribed to every service, then {@code changes} metadata changes one at a
 * time. For each change: the time from the provider's {@code registerInstance} call to the moment the
 * last subscriber's listener saw the new metadata. A measurement, not a test: run it by hand (see
 * docs/performance.md) on an otherwise idle machine.
 *
 * <p>Arguments (all optional): {@code services instances subscribers changes warmUp serverAddr}, default
 * {@code 100 10 50 200 20}; without {@code serverAddr} the registry runs in this JVM, with it (say a
 * registry started from the jar) the clients talk to that one.
 */
public final class PushLatencyBenchmark {

    private static final String GROUP = "BENCH";
    private static final String SEQUENCE = "bench.seq";

    /** The change being waited for; listeners compare every event against it. */
    private static volatile Change current;

    private record Change(String service, String ip, String sequence, CountDownLatch seen, AtomicLongArray at) {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // nacos-client's threads would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int services = arg(args, 0, 100);
        int instancesPerService = arg(args, 1, 10);
        int subscriberCount = arg(args, 2, 50);
        int changes = arg(args, 3, 200);
        int warmUp = arg(args, 4, 20);
        Logger.getLogger("dev.aviary").setLevel(Level.WARNING);

        DevRegistry inProcess = args.length > 5 ? null : TestRegistry.startOnFreePorts();
        String serverAddr = inProcess == null ? args[5] : inProcess.serverAddr();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<String> serviceNames = new ArrayList<>();
            for (int s = 0; s < services; s++) {
                serviceNames.add("bench-service-" + s);
            }
            List<NamingService> providers = open(serverAddr, "provider", instancesPerService);
            List<NamingService> subscribers = open(serverAddr, "subscriber", subscriberCount);
            long setUp = System.nanoTime();
            runAll(pool, providers.size(), p -> {
                for (String service : serviceNames) {
                    providers.get(p).registerInstance(service, GROUP, instance(p, 0));
                }
            });
            CountDownLatch everyoneSeesEverything = new CountDownLatch(subscriberCount * services);
            runAll(pool, subscribers.size(), s -> {
                for (String service : serviceNames) {
                    subscribers
                            .get(s)
                            .subscribe(
                                    service,
                                    GROUP,
                                    new Listener(s, service, instancesPerService, everyoneSeesEverything));
                }
            });
            if (!everyoneSeesEverything.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("subscribers did not see every instance within 120 s");
            }
            System.out.printf(
                    "nacos-client %s; %d services x %d instances registered, %d subscribers x %d subscriptions, "
                            + "registry %s, set up in %.1f s%n",
                    VersionUtils.version,
                    services,
                    instancesPerService,
                    subscriberCount,
                    services,
                    inProcess == null ? "at " + serverAddr : "in this JVM",
                    (System.nanoTime() - setUp) / 1e9);

            long[] registered = new long[changes];
            long[] allPushed = new long[changes];
            long[] eachPush = new long[changes * subscriberCount];
            for (int n = 1; n <= warmUp + changes; n++) {
                int provider = n % providers.size();
                String service = serviceNames.get((n * 7) % services);
                Change change = new Change(
                        service,
                        ip(provider),
                        Integer.toString(n),
                        new CountDownLatch(subscriberCount),
                        new AtomicLongArray(subscriberCount));
                current = change;
                long start = System.nanoTime();
                providers.get(provider).registerInstance(service, GROUP, instance(provider, n));
                long returned = System.nanoTime();
                if (!change.seen().await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("change " + n + " did not reach every subscriber within 10 s");
                }
                if (n > warmUp) {
                    int i = n - warmUp - 1;
                    registered[i] = returned - start;
                    long last = 0;
                    for (int s = 0; s < subscriberCount; s++) {
                        long took = change.at().get(s) - start;
                        eachPush[i * subscriberCount + s] = took;
                        last = Math.max(last, took);
                    }
                    allPushed[i] = last;
                }
            }
            // The registry pushes to every subscriber before it answers the register request.
            report("register call returned (includes the registry's fan-out)", registered);
            report("change -> every subscriber pushed", allPushed);
            report("change -> one subscriber pushed", eachPush);
            for (NamingService client : subscribers) {
                client.shutDown();
            }
            for (NamingService client : providers) {
                client.shutDown();
            }
            pool.shutdownNow();
        } finally {
            if (inProcess != null) {
                inProcess.close();
            }
        }
    }

    /** A subscriber's listener for one service. */
    private static final class Listener implements EventListener {
        private final int subscriber;
        private final String service;
        private final int expectedInstances;
        private final CountDownLatch initial;
        private boolean initialSeen;

        Listener(int subscriber, String service, int expectedInstances, CountDownLatch initial) {
            this.subscriber = subscriber;
            this.service = service;
            this.expectedInstances = expectedInstances;
            this.initial = initial;
        }

        @Override
        public void onEvent(Event event) {
            if (!(event instanceof NamingEvent naming)) {
                return;
            }
            long now = System.nanoTime();
            List<Instance> instances = naming.getInstances();
            synchronized (this) {
                if (!initialSeen && instances.size() == expectedInstances) {
                    initialSeen = true;
                    initial.countDown();
                }
            }
            Change change = current;
            if (change == null || !change.service().equals(service)) {
                return;
            }
            for (Instance instance : instances) {
                if (instance.getIp().equals(change.ip())
                        && change.sequence().equals(instance.getMetadata().get(SEQUENCE))
                        && change.at().compareAndSet(subscriber, 0, now)) {
                    change.seen().countDown();
                }
            }
        }
    }

    /**
     * Opens clients one after the other (nacos-client's service loading is not safe when several are
     * created at once in a fresh JVM), each with its own naming cache directory: clients on different
     * machines do not share one, while clients in one JVM would otherwise contend for the lock of the
     * same cache file.
     */
    private static List<NamingService> open(String serverAddr, String role, int count) throws NacosException {
        List<NamingService> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Properties properties = new Properties();
            properties.setProperty(PropertyKeyConst.SERVER_ADDR, serverAddr);
            properties.setProperty(PropertyKeyConst.NAMING_CACHE_REGISTRY_DIR, "bench-" + role + "-" + i);
            clients.add(NacosFactory.createNamingService(properties));
        }
        return clients;
    }

    private interface ClientTask {
        void run(int index) throws NacosException;
    }

    private static void runAll(ExecutorService pool, int count, ClientTask task) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            running.add(pool.submit(() -> {
                task.run(index);
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    private static Instance instance(int provider, int sequence) {
        Instance instance = new Instance();
        instance.setIp(ip(provider));
        instance.setPort(8080);
        Map<String, String> metadata = new HashMap<>();
        metadata.put("aviary.lane", provider % 2 == 0 ? "base" : "gray");
        metadata.put(SEQUENCE, Integer.toString(sequence));
        instance.setMetadata(metadata);
        return instance;
    }

    private static String ip(int provider) {
        return "10.77." + (provider / 250) + "." + (provider % 250 + 1);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s (%d samples): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private PushLatencyBenchmark() {}
}
