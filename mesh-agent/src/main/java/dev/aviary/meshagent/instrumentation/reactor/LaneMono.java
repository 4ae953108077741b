package dev.aviary.meshagent.instrumentation.reactor;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A {@code Mono} that is subscribed to with a lane current, and whose subscriber gets every signal with it
 * ({@link LaneSubscriber}): what an inbound request's handler returns, so that its whole reactive processing,
 * which only starts when the server subscribes, runs in the request's lane. A helper: defined by the agent in
 * the application's class loader, beside reactor-core.
 */
public final class LaneMono<T> extends Mono<T> {

    private final Mono<T> source;
    private final String lane;

    private LaneMono(Mono<T> source, String lane) {
        this.source = source;
        this.lane = lane;
    }

    /** {@code source} carrying {@code lane}; {@code source} itself for the baseline ({@code null}). */
    public static <T> Mono<T> of(Mono<T> source, String lane) {
        return source == null || lane == null ? source : new LaneMono<T>(source, lane);
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        LaneScope scope = LaneContext.attach(lane);
        try {
            source.subscribe(new LaneSubscriber<T>(actual, lane));
        } finally {
            scope.close();
        }
    }
}
