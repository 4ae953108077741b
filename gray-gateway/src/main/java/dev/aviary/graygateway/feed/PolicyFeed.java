package dev.aviary.graygateway.feed;

import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.graygateway.traffic.TrafficSnapshot;
import dev.aviary.trafficpolicy.ListReference;
import dev.aviary.trafficpolicy.PolicyRejected;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's one background thread that follows its policy: long-polls the feed, fetches the list versions a
 * new policy pins, compiles it and swaps the snapshot in one step, then writes the cache file. At start the
 * cache file's policy is served until release-api answers. An answer that does not compile is logged and the
 * previous snapshot stays in force.
 */
final class PolicyFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolicyFeed.class);

    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(40);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final FeedRequests requests;
    private final CurrentTraffic current;
    private final PolicyCacheFile cache;
    private final JsonMapper json;
    private final TrafficLists lists = new TrafficLists();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Thread thread;

    /** Owned by the feed thread. */
    private String cursor;

    private long lastRejectedVersion = -1;
    private boolean failing;

    PolicyFeed(FeedRequests requests, CurrentTraffic current, PolicyCacheFile cache, JsonMapper json) {
        this.requests = requests;
        this.current = current;
        this.cache = cache;
        this.json = json;
    }

    @Override
    public void start() {
        serveCachedPolicy();
        Thread feed = new Thread(this::follow, "aviary-policy-feed");
        feed.setDaemon(true);
        thread = feed;
        feed.start();
    }

    @Override
    public void stop() {
        stopping.countDown();
        Thread feed = thread;
        if (feed != null) {
            feed.interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Before the web server opens its port, so the first request already sees the cached policy. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
    }

    private void serveCachedPolicy() {
        try {
            var cached = cache.read();
            if (cached.isEmpty()) {
                log.info(
                        "no cached policy at {}: every request goes to the baseline until release-api answers",
                        cache.path());
                return;
            }
            FeedAnswer answer = cached.get().answer();
            TrafficSnapshot snapshot = SnapshotCompiler.compile(
                    answer, SnapshotCompiler.parse(answer), cached.get().lists());
            current.replace(snapshot);
            log.info(
                    "serving policy version {} from the cache file {} until release-api answers",
                    answer.version(),
                    cache.path());
        } catch (IOException | PolicyRejected | RuntimeException e) {
            log.warn("the cached policy at {} cannot be served, ignoring it: {}", cache.path(), e.toString());
        }
    }

    private void follow() {
        Duration backoff = FIRST_BACKOFF;
        while (stopping.getCount() > 0) {
            try {
                pollOnce();
                backoff = FIRST_BACKOFF;
                if (failing) {
                    failing = false;
                    log.info("the policy feed at {} answers again", requests.feedUri());
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!failing) {
                    failing = true;
                    log.warn(
                            "the policy feed at {} failed, retrying with backoff up to {} s while serving policy"
                                    + " version {}: {}",
                            requests.feedUri(),
                            MAX_BACKOFF.toSeconds(),
                            current.get().version(),
                            e.toString());
                }
                try {
                    if (stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void pollOnce() throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = requests.feed(cursor, current.get().version(), POLL_TIMEOUT);
        if (answer.statusCode() == 304) {
            return;
        }
        if (answer.statusCode() != 200) {
            throw new IOException("the feed answered " + answer.statusCode());
        }
        apply(FeedAnswer.of(json.readTree(answer.body())));
    }

    private void apply(FeedAnswer answer) throws IOException, InterruptedException {
        long received = System.nanoTime();
        TrafficPolicy policy;
        try {
            policy = SnapshotCompiler.parse(answer);
        } catch (PolicyRejected | RuntimeException rejected) {
            reject(answer, rejected);
            return;
        }
        List<ListReference> references = policy.listReferences();
        for (ListReference reference : references) {
            if (reference.version() == null) {
                reject(answer, new IllegalArgumentException(reference.field() + " names a list without a version"));
                return;
            }
            if (!lists.has(reference.name(), reference.version())) {
                lists.put(
                        reference.name(),
                        reference.version(),
                        requests.listEntries(reference.name(), reference.version()));
            }
        }
        TrafficSnapshot snapshot;
        try {
            snapshot = SnapshotCompiler.compile(answer, policy, lists);
        } catch (RuntimeException failed) {
            reject(answer, failed);
            return;
        }
        long previous = current.get().version();
        current.replace(snapshot);
        cursor = answer.cursor();
        lists.retainOnly(references);
        log.info(
                "policy version {} in force (was {}), {} lanes, {} µs after the feed answered",
                answer.version(),
                previous,
                answer.lanes().size(),
                (System.nanoTime() - received) / 1000);
        try {
            cache.write(answer, references, lists);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot write the policy cache file {}: {}", cache.path(), e.toString());
        }
    }

    /** Keeps the previous snapshot, and moves past the answer so it is not fetched again and again. */
    private void reject(FeedAnswer answer, Exception why) {
        cursor = answer.cursor();
        if (lastRejectedVersion != answer.version()) {
            lastRejectedVersion = answer.version();
            log.error(
                    "policy version {} from the feed does not compile, still serving version {}: {}",
                    answer.version(),
                    current.get().version(),
                    why.getMessage());
        }
    }
}
