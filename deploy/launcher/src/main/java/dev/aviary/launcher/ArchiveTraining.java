package dev.aviary.launcher;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records the class-data archives the platform lacks, one service at a time at the lowest CPU
 * priority, once every service is UP: the running platform is not slowed down, and the next start
 * is. A training run is a throw-away start of the service that exits when its context is refreshed.
 */
final class ArchiveTraining implements Runnable {

    private static final long TIMEOUT_SECONDS = 300;

    private final List<ServiceImage> images;
    private final Map<String, String> environment;
    private final Map<String, String> serviceEnvironment;
    private final EventLog events;
    private volatile boolean stopped;
    private volatile Process current;

    ArchiveTraining(
            List<ServiceImage> images,
            Map<String, String> environment,
            Map<String, String> serviceEnvironment,
            EventLog events) {
        this.images = images;
        this.environment = environment;
        this.serviceEnvironment = serviceEnvironment;
        this.events = events;
    }

    @Override
    public void run() {
        for (ServiceImage image : images) {
            if (stopped) {
                return;
            }
            if (image.wantsArchive()) {
                train(image);
            }
        }
    }

    private void train(ServiceImage image) {
        try {
            ProcessBuilder builder = new ProcessBuilder(ServiceCommand.training(image, environment))
                    .redirectErrorStream(true)
                    .redirectOutput(image.trainingLog().toFile());
            builder.environment().putAll(serviceEnvironment);
            current = builder.start();
            boolean finished = current.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (finished && current.exitValue() == 0 && image.adoptTrainedArchive()) {
                events.record(image.serviceName() + ": class-data archive recorded; its next start is faster");
            } else if (!stopped) {
                current.destroyForcibly();
                events.record(image.serviceName() + ": class-data archive training failed; see " + image.trainingLog());
            }
        } catch (IOException e) {
            events.record(image.serviceName() + ": class-data archive training failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        stopped = true;
        Process running = current;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
        }
    }
}
