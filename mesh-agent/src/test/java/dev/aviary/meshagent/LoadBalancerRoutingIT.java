package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.loadbalancer.LoadBalancerRoutingApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lane routing through Spring Cloud LoadBalancer 4.3 and 5.0 (its classes used directly, no Spring application
 * context): {@code RoundRobinLoadBalancer} and {@code RandomLoadBalancer} over a discovery client's instances
 * choose as the routing table says, also when the instance list arrives on a {@code boundedElastic} thread.
 */
class LoadBalancerRoutingIT {

    static Stream<Arguments> versions() {
        return AgentJvm.javaHomes()
                .flatMap(home -> Stream.of(
                        Arguments.of(home, "spring-cloud-loadbalancer-4.3"),
                        Arguments.of(home, "spring-cloud-loadbalancer-5.0")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("versions")
    void eachLaneIsRoutedToItsOwnInstancesFallsBackOrIsRefusedAsItsRulesSay(Path javaHome, String library)
            throws Exception {
        String output = AgentJvm.run(
                javaHome, AgentJvm.library(library), List.of(), LoadBalancerRoutingApplication.class.getName());

        assertThat(output).contains("load balancer application ran").contains("hop thread boundedElastic-");
        for (String balancer : List.of("round-robin", "random", "round-robin-hop")) {
            assertThat(output)
                    .contains("choose " + balancer + " - orders -> orders-baseline")
                    .contains("choose " + balancer + " gray orders -> orders-gray")
                    .contains("choose " + balancer + " feature-x orders -> orders-feature-x")
                    .as("an undeclared lane without instances falls back to the baseline")
                    .contains("choose " + balancer + " feature-y orders -> orders-baseline")
                    .contains("choose " + balancer + " gray payments -> refused: LaneRefusedException: "
                            + "lane 'gray' is strict and has no healthy instance of 'payments'")
                    .contains("choose " + balancer + " feature-x payments -> refused: LaneRefusedException: "
                            + "lane 'feature-x' is locked to [orders]; 'payments' is not one of them")
                    .contains("choose " + balancer + " feature-y payments -> payments-baseline")
                    .as("baseline work never reaches a lane's instance")
                    .contains("choose " + balancer + " - reports -> none")
                    .doesNotContain("choose " + balancer + " - orders -> orders-baseline,");
        }
    }

    /** Without the modules that carry the lane across threads, the hop loses it: the lane above is theirs. */
    @Test
    void theLaneCrossesTheHopThroughTheReactorAndExecutorsModules() throws Exception {
        String output = AgentJvm.run(
                Path.of(System.getProperty("java.home")),
                AgentJvm.library("spring-cloud-loadbalancer-5.0"),
                List.of(
                        "-Daviary.agent.instrumentation.reactor.enabled=false",
                        "-Daviary.agent.instrumentation.executors.enabled=false"),
                LoadBalancerRoutingApplication.class.getName());

        assertThat(output)
                .contains("choose round-robin gray orders -> orders-gray")
                .contains("choose round-robin-hop gray orders -> orders-baseline");
    }
}
