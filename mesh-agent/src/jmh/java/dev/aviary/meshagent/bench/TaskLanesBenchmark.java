package dev.aviary.meshagent.bench;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.bootstrap.TaskLanes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tasks the pool queues as themselves ({@code ForkJoinTask.fork()}, {@code CompletableFuture}'s async
 * stages): {@link TaskLanes#capture} when the task is made and {@link TaskLanes#attachCaptured} when it
 * runs, through the synchronized weak map. Each operation makes a fresh task object, as each stage is one.
 * With {@code gray} current the attach finds the lane already current (the attach itself is in
 * {@link LaneScopeBenchmark}); a JVM that never saw a lane skips the map entirely.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaskLanesBenchmark {

    /** The thread that makes and runs the tasks has {@code gray} current. */
    @State(Scope.Thread)
    public static class InLane {
        private LaneScope scope;

        @Setup(Level.Trial)
        public void attach() {
            scope = LaneContext.attach("gray");
        }

        @TearDown(Level.Trial)
        public void detach() {
            scope.close();
        }
    }

    @Benchmark
    public Object captureAndAttachInLane(InLane lane) {
        return captureAndAttach();
    }

    @Benchmark
    public Object captureAndAttachBaseline() {
        return captureAndAttach();
    }

    private static Object captureAndAttach() {
        Object task = new Object();
        TaskLanes.capture(task);
        LaneScope scope = TaskLanes.attachCaptured(task);
        if (scope != null) {
            scope.close();
        }
        return task;
    }
}
