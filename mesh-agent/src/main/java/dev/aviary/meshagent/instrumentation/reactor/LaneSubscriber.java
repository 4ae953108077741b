package dev.aviary.meshagent.instrumentation.reactor;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;

/**
 * Delivers every signal to the subscriber it wraps, and passes its requests and cancellation upstream, with a
 * lane current, restoring the thread's previous lane afterwards: a Reactor Netty event loop that emits a
 * response body for a gray request runs the application's operators in {@code gray}, and its next piece of
 * work in whatever it had before. The lane is also in the subscriber's Reactor {@link Context} under
 * {@link #CONTEXT_KEY}, where sources that emit on threads of their own (and the HTTP client's header advice)
 * find it. A helper: defined by the agent in the application's class loader, beside reactor-core.
 */
public final class LaneSubscriber<T> implements CoreSubscriber<T>, Subscription {

    /** The Reactor {@code Context} key of the lane of a subscription. */
    public static final String CONTEXT_KEY = "aviary.lane";

    private final CoreSubscriber<? super T> actual;
    private final String lane;
    private final Context context;
    private Subscription upstream;

    LaneSubscriber(CoreSubscriber<? super T> actual, String lane) {
        this.actual = actual;
        this.lane = lane;
        Context outer = actual.currentContext();
        if (outer == null) {
            outer = Context.empty(); // a subscriber that breaks the contract; never fail the application's
        }
        this.context = lane.equals(laneIn(outer)) ? outer : outer.put(CONTEXT_KEY, lane);
    }

    /**
     * For a source whose signals come from threads of its own (Reactor Netty's event loops): {@code actual}
     * wrapped with the lane current at subscription, or else the one its Context carries; {@code actual} itself
     * when there is neither (baseline subscriptions are not wrapped).
     */
    public static <T> CoreSubscriber<? super T> forSource(CoreSubscriber<? super T> actual) {
        if (actual == null || actual instanceof LaneSubscriber) {
            return actual;
        }
        String lane = LaneContext.current();
        if (lane == null) {
            lane = laneIn(actual.currentContext());
        }
        return lane == null ? actual : new LaneSubscriber<T>(actual, lane);
    }

    /** The lane a Reactor Context carries under {@link #CONTEXT_KEY}, or {@code null}. */
    public static String laneIn(Context context) {
        Object lane = context == null ? null : context.getOrDefault(CONTEXT_KEY, null);
        return lane instanceof String ? (String) lane : null;
    }

    @Override
    public Context currentContext() {
        return context;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        upstream = subscription;
        LaneScope scope = LaneContext.attach(lane);
        try {
            actual.onSubscribe(this);
        } finally {
            scope.close();
        }
    }

    @Override
    public void onNext(T value) {
        LaneScope scope = LaneContext.attach(lane);
        try {
            actual.onNext(value);
        } finally {
            scope.close();
        }
    }

    @Override
    public void onError(Throwable error) {
        LaneScope scope = LaneContext.attach(lane);
        try {
            actual.onError(error);
        } finally {
            scope.close();
        }
    }

    @Override
    public void onComplete() {
        LaneScope scope = LaneContext.attach(lane);
        try {
            actual.onComplete();
        } finally {
            scope.close();
        }
    }

    @Override
    public void request(long n) {
        LaneScope scope = LaneContext.attach(lane);
        try {
            upstream.request(n);
        } finally {
            scope.close();
        }
    }

    @Override
    public void cancel() {
        LaneScope scope = LaneContext.attach(lane);
        try {
            upstream.cancel();
        } finally {
            scope.close();
        }
    }
}
