package dev.aviary.releaseapi.lane;

import dev.aviary.releaseapi.longpoll.LongPoll;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The lane long poll. A change made here wakes waiters as soon as it commits; a change made by another
 * release-api replica is found by reading the revision every 500 ms while anyone waits.
 */
@Component
class LaneWatch {

    private final Lanes lanes;
    private final LongPoll<Long> poll = new LongPoll<>();
    private volatile LaneSnapshot cached = new LaneSnapshot(-1, List.of());

    LaneWatch(Lanes lanes) {
        this.lanes = lanes;
    }

    DeferredResult<ResponseEntity<?>> await(long after, Duration timeout) {
        poll.offer(lanes.revision());
        return poll.await(timeout, revision -> revision > after ? Optional.of(answer(revision)) : Optional.empty());
    }

    static ResponseEntity<LaneSnapshot> response(LaneSnapshot snapshot) {
        return ResponseEntity.ok().eTag("\"" + snapshot.revision() + "\"").body(snapshot);
    }

    @TransactionalEventListener
    void committed(LanesChanged change) {
        poll.offer(change.revision());
    }

    @Scheduled(fixedDelay = 500)
    void refresh() {
        if (poll.hasWaiters()) {
            poll.offer(lanes.revision());
        }
    }

    /** One database read per revision, however many waiters it answers. */
    private ResponseEntity<LaneSnapshot> answer(long revision) {
        LaneSnapshot known = cached;
        if (known.revision() < revision) {
            known = lanes.snapshot();
            cached = known;
        }
        return response(known);
    }
}
