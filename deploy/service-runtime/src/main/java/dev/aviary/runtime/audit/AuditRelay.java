package dev.aviary.runtime.audit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Delivers the outbox to release-api in order, in batches, deleting what was accepted. While
 * release-api is unreachable the events wait in the database (backing off up to 30 s), so neither an
 * outage nor a restart of this service loses one; release-api ignores an event id it already has.
 */
final class AuditRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditRelay.class);
    private static final int BATCH = 200;
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private record Pending(long position, String payload) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RestClient releaseApi;
    private final Semaphore signal = new Semaphore(0);
    private volatile Thread worker;
    private boolean failing;

    AuditRelay(JdbcClient jdbc, TransactionTemplate transactions, RestClient releaseApi) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.releaseApi = releaseApi;
    }

    void wake() {
        signal.release();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "audit-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (worker != null) {
            try {
                int delivered = deliverBatch();
                backoff = Duration.ofSeconds(1);
                if (delivered < BATCH) {
                    signal.tryAcquire(IDLE.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException stopped) {
                return;
            } catch (RuntimeException failure) {
                reportFailure(failure);
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** One batch in one transaction: rows are deleted only after release-api accepted them. */
    int deliverBatch() {
        Integer delivered = transactions.execute(status -> {
            List<Pending> batch = jdbc.sql("select position, payload from audit_outbox order by position limit " + BATCH
                            + " for update skip locked")
                    .query(Pending.class)
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            String body =
                    "[" + String.join(",", batch.stream().map(Pending::payload).toList()) + "]";
            releaseApi
                    .post()
                    .uri("/internal/v1/audit-events")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            jdbc.sql("delete from audit_outbox where position <= :last and position >= :first")
                    .param("first", batch.get(0).position())
                    .param("last", batch.get(batch.size() - 1).position())
                    .update();
            return batch.size();
        });
        if (failing && delivered != null) {
            failing = false;
            log.info("Audit delivery to release-api resumed");
        }
        return delivered == null ? 0 : delivered;
    }

    private void reportFailure(RuntimeException failure) {
        if (!failing) {
            failing = true;
            String reason = failure instanceof RestClientException ? failure.getMessage() : failure.toString();
            log.warn("Audit events wait in the outbox: release-api did not accept them ({}); retrying", reason);
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException stopped) {
            return false;
        }
    }
}
