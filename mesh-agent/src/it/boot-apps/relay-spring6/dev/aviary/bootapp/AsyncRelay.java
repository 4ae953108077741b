package dev.aviary.bootapp;

import java.util.concurrent.CompletableFuture;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** The downstream call as an {@code @Async} method: it runs on Boot's applicationTaskExecutor. */
@Component
public class AsyncRelay {

    private final Downstream downstream;

    public AsyncRelay(Downstream downstream) {
        this.downstream = downstream;
    }

    @Async
    public CompletableFuture<String> call() {
        return CompletableFuture.completedFuture(downstream.call());
    }
}
