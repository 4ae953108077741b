package dev.aviary.devregistry.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client connection for unit tests: records what is pushed to it. */
public final class RecordingConnection implements ClientConnection {

    /** One push: its type and body. */
    public record Push(String type, ObjectNode body) {}

    private final String id;
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    public RecordingConnection(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void push(String type, ObjectNode body) {
        if (open) {
            pushes.add(new Push(type, body.deepCopy()));
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    public void close() {
        open = false;
    }

    public List<Push> pushes() {
        return pushes;
    }

    public Push lastPush() {
        return pushes.get(pushes.size() - 1);
    }
}
