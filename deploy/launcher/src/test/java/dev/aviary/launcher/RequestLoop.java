package dev.aviary.launcher;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Requests sent back to back by a few threads while something changes, remembering when each was answered. */
final class RequestLoop implements AutoCloseable {

    private record Timed(long answeredAt, LaneAnswer answer) {}

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong count = new AtomicLong();
    private final ConcurrentLinkedQueue<Timed> answers = new ConcurrentLinkedQueue<>();

    RequestLoop(Callable<LaneAnswer> request, int parallel) {
        threads = Executors.newFixedThreadPool(parallel);
        for (int i = 0; i < parallel; i++) {
            threads.submit(() -> {
                while (running.get()) {
                    LaneAnswer answer;
                    try {
                        answer = request.call();
                    } catch (Exception e) {
                        answer = LaneAnswer.of(-1, e.toString());
                    }
                    answers.add(new Timed(System.nanoTime(), answer));
                    count.incrementAndGet();
                }
                return null;
            });
        }
    }

    long answers() {
        return count.get();
    }

    /** When the first answer from {@code version} after {@code since} arrived (System.nanoTime), 0 if none yet. */
    long firstAnswerAfter(long since, String version) {
        return answers.stream()
                .filter(timed -> timed.answeredAt() > since && timed.answer().servedBy(version))
                .mapToLong(Timed::answeredAt)
                .min()
                .orElse(0);
    }

    List<LaneAnswer> failures() {
        return answers.stream()
                .map(Timed::answer)
                .filter(answer -> answer.status() != 200)
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
