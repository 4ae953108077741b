package dev.aviary.devregistry.compat;

/** A target that cannot be started here; every test is skipped with the reason. */
record Unavailable(String reason) implements RegistryTarget {

    @Override
    public String unavailableReason() {
        return reason;
    }

    @Override
    public String serverAddr() {
        throw new IllegalStateException(reason);
    }

    @Override
    public boolean isDevRegistry() {
        return false;
    }

    @Override
    public void restart() {
        throw new IllegalStateException(reason);
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return "nothing (skipped: " + reason + ")";
    }
}
