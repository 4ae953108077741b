package dev.aviary.meshagent.bench;

import java.util.concurrent.Callable;

/** The smallest task that is not optimised away: the benchmarks measure what surrounds it. */
final class CountingTask implements Runnable, Callable<Integer> {

    private int runs;

    @Override
    public void run() {
        runs++;
    }

    @Override
    public Integer call() {
        return ++runs & 0x7f; // stays within the Integer cache: no boxing allocation of its own
    }
}
