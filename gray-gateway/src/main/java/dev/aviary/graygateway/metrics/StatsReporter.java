package dev.aviary.graygateway.metrics;

import dev.aviary.graygateway.traffic.ControlPlane;
import dev.aviary.graygateway.traffic.Replica;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every 10 s, tells release-api what this replica proxied in the interval, per lane and route (requests,
 * errors = 5xx, p50 and p99 in ms), for the console's lane traffic view.
 */
final class StatsReporter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StatsReporter.class);

    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final RequestMeters meters;
    private final ControlPlane controlPlane;
    private final String path;
    private final JsonMapper json;
    private ScheduledExecutorService scheduler;
    private volatile boolean failing;

    StatsReporter(RequestMeters meters, ControlPlane controlPlane, String gateway, JsonMapper json) {
        this.meters = meters;
        this.controlPlane = controlPlane;
        this.path = "/internal/v1/gateways/" + gateway + "/stats";
        this.json = json;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "aviary-gateway-stats");
            thread.setDaemon(true);
            return thread;
        });
        long every = INTERVAL.toMillis();
        scheduler.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    void report() {
        ObjectNode body = json.createObjectNode();
        body.put("replica", Replica.id());
        body.put("intervalSeconds", INTERVAL.toSeconds());
        ArrayNode samples = body.putArray("samples");
        for (RouteLaneMeters pair : meters.all()) {
            IntervalStats.Interval interval = pair.interval().takeInterval();
            if (interval != null) {
                samples.addObject()
                        .put("lane", pair.lane())
                        .put("route", pair.route())
                        .put("requests", interval.requests())
                        .put("errors", interval.errors())
                        .put("p50Ms", interval.p50Ms())
                        .put("p99Ms", interval.p99Ms());
            }
        }
        try {
            int status = controlPlane.postJson(path, json.writeValueAsBytes(body), TIMEOUT);
            if (status / 100 != 2) {
                throw new IOException("answered " + status);
            }
            if (failing) {
                failing = false;
                log.info("stats reach release-api again");
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn(
                        "cannot report stats to {}, dropping intervals until it answers: {}",
                        controlPlane.uri(path),
                        e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
