package dev.aviary.bootapp;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Calls the downstream service on the request thread, through {@code @Async} and through a task executor. */
@RestController
public class RelayController implements DisposableBean {

    private final Downstream downstream;
    private final AsyncRelay asyncRelay;
    /** The application's own pool (not a bean, so Boot's applicationTaskExecutor stays): one thread. */
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public RelayController(Downstream downstream, AsyncRelay asyncRelay) {
        this.downstream = downstream;
        this.asyncRelay = asyncRelay;
        executor.setCorePoolSize(1);
        executor.setThreadNamePrefix("relay-pool-");
        executor.initialize();
    }

    @GetMapping("/relay")
    public String relay() throws Exception {
        String direct = downstream.call();
        String async = asyncRelay.call().get();
        String pooled = executor.submit(new Callable<String>() {
                    @Override
                    public String call() {
                        return downstream.call();
                    }
                })
                .get();
        return "direct=" + direct + "\nasync=" + async + "\nexecutor=" + pooled + "\n";
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
