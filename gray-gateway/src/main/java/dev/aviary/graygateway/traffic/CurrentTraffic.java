package dev.aviary.graygateway.traffic;

import java.util.concurrent.atomic.AtomicReference;

/** The snapshot in force: requests read it once, the policy feed replaces it whole. */
public final class CurrentTraffic {

    private final AtomicReference<TrafficSnapshot> current = new AtomicReference<>(TrafficSnapshot.NONE);

    public TrafficSnapshot get() {
        return current.get();
    }

    public void replace(TrafficSnapshot next) {
        current.set(next);
    }
}
