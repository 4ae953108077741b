package dev.aviary.meshagent.bench;

import dev.aviary.meshagent.bootstrap.LaneCallable;
import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.concurrent.Callable;
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
 * The executor instrumentation's two halves for a task handed to a pool: {@code wrap} on the submitting
 * thread (where the request's lane is current) and running the wrapper on a worker (a baseline thread),
 * measured apart because one benchmark thread cannot be both; a lane task costs the sum. Baseline work is
 * not wrapped at all: {@code wrap} returns the task itself.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaskWrapperBenchmark {

    /** The submitting thread of a gray request: {@code gray} is current for the whole trial. */
    @State(Scope.Thread)
    public static class InLane {
        final CountingTask task = new CountingTask();
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

    /** A pool worker: no lane current; the wrappers were made while {@code gray} was. */
    @State(Scope.Thread)
    public static class Worker {
        final CountingTask task = new CountingTask();
        Runnable wrappedRunnable;
        Callable<Integer> wrappedCallable;

        @Setup(Level.Trial)
        public void wrap() {
            LaneScope scope = LaneContext.attach("gray");
            try {
                wrappedRunnable = LaneRunnable.wrap((Runnable) task);
                wrappedCallable = LaneCallable.wrap((Callable<Integer>) task);
            } finally {
                scope.close();
            }
        }
    }

    @Benchmark
    public Runnable wrapRunnableInLane(InLane submitter) {
        return LaneRunnable.wrap((Runnable) submitter.task);
    }

    @Benchmark
    public void runWrappedRunnable(Worker worker) {
        worker.wrappedRunnable.run();
    }

    @Benchmark
    public void wrapAndRunRunnableBaseline(Worker worker) {
        LaneRunnable.wrap((Runnable) worker.task).run();
    }

    @Benchmark
    public Callable<Integer> wrapCallableInLane(InLane submitter) {
        return LaneCallable.wrap((Callable<Integer>) submitter.task);
    }

    @Benchmark
    public Integer callWrappedCallable(Worker worker) throws Exception {
        return worker.wrappedCallable.call();
    }

    @Benchmark
    public Integer wrapAndCallCallableBaseline(Worker worker) throws Exception {
        return LaneCallable.wrap((Callable<Integer>) worker.task).call();
    }

    /** Bare task, for scale. */
    @Benchmark
    public void runTaskUnwrapped(Worker worker) {
        worker.task.run();
    }
}
