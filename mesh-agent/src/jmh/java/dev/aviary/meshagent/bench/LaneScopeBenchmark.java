package dev.aviary.meshagent.bench;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every request pays on entry and every lane switch costs: {@link LaneContext#attach} and closing the
 * scope, on a thread that runs baseline work (as a request thread of the container does between requests),
 * and the servlet advice's {@link LaneContext#enterRequest} (label check, attach, per-lane counter).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LaneScopeBenchmark {

    // Fields, not constants, so the JIT cannot fold the lane checks away.
    private String lane = "gray";
    private String baseline = null;

    /** A lane becomes current and the baseline is restored: a thread-local set, a scope object, a remove. */
    @Benchmark
    public String attachLane() {
        LaneScope scope = LaneContext.attach(lane);
        try {
            return LaneContext.current();
        } finally {
            scope.close();
        }
    }

    /** Baseline work on a baseline thread: nothing changes, the shared no-op scope is returned. */
    @Benchmark
    public String attachBaseline() {
        LaneScope scope = LaneContext.attach(baseline);
        try {
            return LaneContext.current();
        } finally {
            scope.close();
        }
    }

    /** A request labelled {@code x-aviary-lane: gray} enters the JVM. */
    @Benchmark
    public String enterRequestLabelled() {
        LaneScope scope = LaneContext.enterRequest(lane);
        try {
            return LaneContext.current();
        } finally {
            scope.close();
        }
    }

    /** An unlabelled request enters a baseline instance. */
    @Benchmark
    public String enterRequestUnlabelled() {
        LaneScope scope = LaneContext.enterRequest(baseline);
        try {
            return LaneContext.current();
        } finally {
            scope.close();
        }
    }
}
