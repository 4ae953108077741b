package dev.aviary.meshagent.springasync;

import dev.aviary.meshagent.bootstrap.LaneContext;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.springframework.scheduling.annotation.Async;

/**
 * {@code @Async} methods on the two executors of {@link AsyncLanesApplication}, in the three shapes Spring
 * hands over differently: a {@code Future} and {@code void} ({@code submit}), and a {@code CompletableFuture}
 * ({@code CompletableFuture.supplyAsync} on Spring 5.3, {@code submitCompletable} from 6.0). Each reports the lane
 * its body saw, and whether it ran on a virtual thread.
 */
public class LaneProbe {

    @Async("pooled")
    public Future<String> pooledFuture() {
        return CompletableFuture.completedFuture(seen());
    }

    @Async("pooled")
    public void pooledVoid(BlockingQueue<String> seen) {
        seen.add(seen());
    }

    @Async("pooled")
    public CompletableFuture<String> pooledCompletable() {
        return CompletableFuture.completedFuture(seen());
    }

    @Async("simple")
    public Future<String> simpleFuture() {
        return CompletableFuture.completedFuture(seen());
    }

    @Async("simple")
    public void simpleVoid(BlockingQueue<String> seen) {
        seen.add(seen());
    }

    @Async("simple")
    public CompletableFuture<String> simpleCompletable() {
        return CompletableFuture.completedFuture(seen());
    }

    static String seen() {
        return Objects.toString(LaneContext.current(), "none") + (isVirtual() ? "/virtual" : "");
    }

    private static boolean isVirtual() {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
        } catch (ReflectiveOperationException beforeJava21) {
            return false;
        }
    }
}
