package dev.aviary.registryclient;

import com.alibaba.nacos.api.naming.listener.Event;
import com.alibaba.nacos.api.naming.listener.EventListener;
import com.alibaba.nacos.api.naming.listener.NamingEvent;
import com.alibaba.nacos.api.naming.pojo.Instance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live view of one service's healthy instances by lane, replaced whole on every push from the
 * registry. Reading it is a volatile read and a map lookup: nothing on a request's path waits for
 * the network.
 */
public final class LaneDirectory implements EventListener {

    private final String service;
    private final AtomicReference<LaneSnapshot> current = new AtomicReference<LaneSnapshot>(LaneSnapshot.EMPTY);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<Runnable>();

    LaneDirectory(String service) {
        this.service = service;
    }

    public String service() {
        return service;
    }

    /** The healthy instances serving a lane; the baseline's for {@code null} or empty. May be empty. */
    public List<Endpoint> healthy(String lane) {
        return current.get().lane(lane);
    }

    public List<Endpoint> baseline() {
        return healthy(LaneMetadata.BASELINE);
    }

    /** The lanes that have at least one healthy instance now (the baseline is {@code ""}). */
    public Set<String> lanes() {
        return current.get().byLane().keySet();
    }

    public Map<String, List<Endpoint>> byLane() {
        return current.get().byLane();
    }

    /** How many updates this view has had; changes with every push. */
    public long generation() {
        return current.get().generation();
    }

    /** Called after every update, on the registry client's thread: keep it short. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void onEvent(Event event) {
        if (event instanceof NamingEvent) {
            update(((NamingEvent) event).getInstances());
        }
    }

    void update(List<Instance> instances) {
        LaneSnapshot previous;
        LaneSnapshot next;
        do {
            previous = current.get();
            next = LaneSnapshot.of(instances, previous.generation() + 1);
        } while (!current.compareAndSet(previous, next));
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
