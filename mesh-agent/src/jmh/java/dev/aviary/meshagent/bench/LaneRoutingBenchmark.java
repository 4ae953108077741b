package dev.aviary.meshagent.bench;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The choice the nacos-client advice makes on every {@code selectInstances}: which of a service's
 * instances the current work may use. Every third instance registered in lane {@code gray}, the others
 * baseline (no {@code aviary.lane} metadata). Work: {@code baseline} (no lane current: the baseline
 * instances), {@code lane} ({@code gray}: its instances), {@code fallback} ({@code feature-x}, which has no
 * instance: the baseline's). No lane rules loaded, as with no control plane.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LaneRoutingBenchmark {

    @Param({"3", "30"})
    public int instances;

    @Param({"baseline", "lane", "fallback"})
    public String work;

    private String service = "demo-b";
    private String[] instanceLanes;
    private LaneScope scope;

    @Setup(Level.Trial)
    public void setUp() {
        instanceLanes = new String[instances];
        for (int i = 0; i < instances; i++) {
            instanceLanes[i] = i % 3 == 2 ? "gray" : null;
        }
        String lane = "lane".equals(work) ? "gray" : "fallback".equals(work) ? "feature-x" : null;
        scope = LaneContext.attach(lane);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scope.close();
    }

    @Benchmark
    public int[] eligible() {
        return LaneRouting.eligible(service, instanceLanes);
    }
}
