package dev.aviary.meshagent.loadbalancer;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRules;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.DiscoveryClientServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.RandomLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.SimpleObjectProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Chooses instances with Spring Cloud LoadBalancer's own classes, as its blocking client does: a
 * {@code RoundRobinLoadBalancer} or {@code RandomLoadBalancer} over a {@code DiscoveryClientServiceInstanceListSupplier},
 * {@code choose()} blocked on. The balancer {@code round-robin-hop} gets the instance list on a
 * {@code boundedElastic} thread, as a supplier that fetches or refreshes there hands it over (the
 * discovery supplier of 4.x, health checks); it prints {@code hop thread <name>}.
 * Instances: {@code orders} in the baseline, {@code gray} and {@code feature-x}; {@code payments} in the
 * baseline only; {@code reports} in {@code gray} only. Rules (set in-process): {@code gray} strict,
 * {@code feature-x} locked to {@code orders}. Prints {@code choose <balancer> <lane> <service> -> <ids>} with
 * the distinct instances of 12 choices, {@code none} for an empty answer or {@code refused: <message>}.
 */
public final class LoadBalancerRoutingApplication {

    private static final String[][] CASES = {
        {"-", "orders"},
        {"gray", "orders"},
        {"feature-x", "orders"},
        {"feature-y", "orders"},
        {"gray", "payments"},
        {"feature-x", "payments"},
        {"feature-y", "payments"},
        {"-", "reports"},
        {"-", "orders"}
    };

    private static volatile String hopThread;

    public static void main(String[] args) {
        try {
            LaneRules.replace(LaneRules.of(
                    1,
                    List.of(
                            new LaneRules.Lane("gray", true, List.of()),
                            new LaneRules.Lane("feature-x", false, List.of("orders")))));
            DiscoveryClient discovery = new FixedDiscoveryClient(Map.of(
                    "orders",
                    List.of(
                            instance("orders", "orders-baseline", null),
                            instance("orders", "orders-gray", "gray"),
                            instance("orders", "orders-feature-x", "feature-x")),
                    "payments",
                    List.of(instance("payments", "payments-baseline", null)),
                    "reports",
                    List.of(instance("reports", "reports-gray", "gray"))));
            for (String balancer : List.of("round-robin", "random", "round-robin-hop")) {
                for (String[] entry : CASES) {
                    String lane = entry[0];
                    String service = entry[1];
                    System.out.println("choose " + balancer + " " + lane + " " + service + " -> "
                            + choices(balancer(balancer, discovery, service), lane));
                }
            }
            System.out.println("hop thread " + hopThread);
            System.out.println("load balancer application ran");
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static ReactorServiceInstanceLoadBalancer balancer(String kind, DiscoveryClient discovery, String service) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("client", Map.of("loadbalancer.client.name", service)));
        ServiceInstanceListSupplier instances = new DiscoveryClientServiceInstanceListSupplier(discovery, environment);
        if (kind.endsWith("-hop")) {
            instances = new ElasticHop(instances);
        }
        SimpleObjectProvider<ServiceInstanceListSupplier> supplier = new SimpleObjectProvider<>(instances);
        return kind.equals("random")
                ? new RandomLoadBalancer(supplier, service)
                : new RoundRobinLoadBalancer(supplier, service);
    }

    private static String choices(ReactorServiceInstanceLoadBalancer balancer, String lane) {
        try (LaneScope scope = LaneContext.attach("-".equals(lane) ? null : lane)) {
            TreeSet<String> chosen = new TreeSet<>();
            for (int i = 0; i < 12; i++) {
                Response<ServiceInstance> response =
                        Mono.from(balancer.choose(new DefaultRequest<>())).block();
                chosen.add(response.hasServer() ? response.getServer().getInstanceId() : "none");
            }
            return String.join(",", chosen);
        } catch (RuntimeException refused) {
            return "refused: " + refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }

    private static ServiceInstance instance(String service, String id, String lane) {
        Map<String, String> metadata = lane == null ? Map.of() : Map.of("aviary.lane", lane);
        return new DefaultServiceInstance(id, service, id + ".example", 8080, false, metadata);
    }

    /** Hands the delegate's instance lists on on a {@code boundedElastic} thread. */
    private record ElasticHop(ServiceInstanceListSupplier delegate) implements ServiceInstanceListSupplier {

        @Override
        public String getServiceId() {
            return delegate.getServiceId();
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return delegate.get()
                    .publishOn(Schedulers.boundedElastic())
                    .doOnNext(ignored -> hopThread = Thread.currentThread().getName());
        }
    }

    /** A discovery client with fixed instances. */
    private record FixedDiscoveryClient(Map<String, List<ServiceInstance>> instances) implements DiscoveryClient {

        @Override
        public String description() {
            return "fixed instances";
        }

        @Override
        public List<ServiceInstance> getInstances(String serviceId) {
            return new ArrayList<>(instances.getOrDefault(serviceId, List.of()));
        }

        @Override
        public List<String> getServices() {
            return new ArrayList<>(instances.keySet());
        }
    }
}
