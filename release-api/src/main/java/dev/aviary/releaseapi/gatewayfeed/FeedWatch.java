package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.releaseapi.lane.LanesChanged;
import dev.aviary.releaseapi.longpoll.LongPoll;
import dev.aviary.releaseapi.trafficpolicy.PolicyChanged;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The gateway long poll. Changes committed here wake waiting gateways at once; changes committed by
 * another release-api replica are found by reading the state every 500 ms while any gateway waits.
 */
@Component
class FeedWatch {

    private final GatewayFeed feed;
    private final LongPoll<FeedState> poll = new LongPoll<>();

    FeedWatch(GatewayFeed feed) {
        this.feed = feed;
    }

    /** Answers at once when the state differs from {@code after}; else waits for it to. */
    DeferredResult<ResponseEntity<?>> await(String gateway, FeedCursor after, Duration timeout) {
        poll.offer(feed.state());
        return poll.await(
                timeout,
                state -> state.cursorOf(gateway).equals(after)
                        ? Optional.empty()
                        : Optional.of(ResponseEntity.ok(feed.answer(gateway))));
    }

    @TransactionalEventListener
    void lanesCommitted(LanesChanged change) {
        refresh();
    }

    @TransactionalEventListener
    void policyCommitted(PolicyChanged change) {
        refresh();
    }

    @Scheduled(fixedDelay = 500)
    void refreshWhileWaited() {
        if (poll.hasWaiters()) {
            refresh();
        }
    }

    private void refresh() {
        poll.offer(feed.state());
    }
}
