package dev.aviary.devregistry.compat;

import com.alibaba.nacos.api.naming.listener.Event;
import com.alibaba.nacos.api.naming.listener.EventListener;
import com.alibaba.nacos.api.naming.listener.NamingEvent;
import com.alibaba.nacos.api.naming.pojo.Instance;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A subscriber's listener: the instances of the latest event the client delivered, and how many came. */
final class PushedInstances implements EventListener {

    private final AtomicReference<List<Instance>> latest = new AtomicReference<>(List.of());
    private final AtomicInteger events = new AtomicInteger();

    @Override
    public void onEvent(Event event) {
        if (event instanceof NamingEvent naming) {
            latest.set(List.copyOf(naming.getInstances()));
            events.incrementAndGet();
        }
    }

    List<Instance> instances() {
        return latest.get();
    }

    List<String> addresses() {
        return latest.get().stream()
                .map(instance -> instance.getIp() + ":" + instance.getPort())
                .sorted()
                .toList();
    }

    int events() {
        return events.get();
    }
}
