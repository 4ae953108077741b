package dev.aviary.releaseapi.longpoll;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Requests parked until the state they wait for exists, or {@code 304 Not Modified} at their timeout.
 * The owner offers each new state it learns of (after its own commits, and from a periodic database
 * read so that changes made by another replica arrive too); every waiter decides for itself whether
 * that state answers it.
 *
 * @param <S> the watched state, e.g. a revision number
 */
public final class LongPoll<S> {

    private record Waiter<S>(
            Function<S, Optional<ResponseEntity<?>>> answer, DeferredResult<ResponseEntity<?>> result) {}

    private final Set<Waiter<S>> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicReference<S> latest = new AtomicReference<>();

    /**
     * Parks a request. {@code answer} returns the response once a state satisfies it and is called
     * on the thread that offers the state, so it should be cheap.
     */
    public DeferredResult<ResponseEntity<?>> await(Duration timeout, Function<S, Optional<ResponseEntity<?>>> answer) {
        DeferredResult<ResponseEntity<?>> result = new DeferredResult<>(
                timeout.toMillis(),
                ResponseEntity.status(HttpStatus.NOT_MODIFIED).build());
        Waiter<S> waiter = new Waiter<>(answer, result);
        result.onCompletion(() -> waiting.remove(waiter));
        waiting.add(waiter);
        S known = latest.get();
        if (known != null) {
            offerTo(waiter, known);
        }
        return result;
    }

    /** A state just read or written: answers every waiter it satisfies. */
    public void offer(S state) {
        latest.set(state);
        for (Waiter<S> waiter : waiting) {
            offerTo(waiter, state);
        }
    }

    public boolean hasWaiters() {
        return !waiting.isEmpty();
    }

    private void offerTo(Waiter<S> waiter, S state) {
        if (waiter.result().isSetOrExpired()) {
            waiting.remove(waiter);
            return;
        }
        try {
            waiter.answer().apply(state).ifPresent(response -> {
                waiter.result().setResult(response);
                waiting.remove(waiter);
            });
        } catch (RuntimeException failure) {
            waiter.result().setErrorResult(failure);
            waiting.remove(waiter);
        }
    }
}
