package dev.aviary.meshagent.grpc;

import io.grpc.Attributes;
import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Resolves {@code held:///<port>} to 127.0.0.1:port only when the test says so ({@link #release}), so that the
 * calls started on a new channel before that wait for it (1.32+ buffers them in a {@code DelayedClientCall})
 * and are really started on the thread that releases it.
 */
final class HeldResolver extends NameResolverProvider {

    static final String SCHEME = "held";

    private final CountDownLatch started = new CountDownLatch(1);
    private volatile NameResolver.Listener2 listener;
    private volatile int port;

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 5;
    }

    @Override
    public String getDefaultScheme() {
        return SCHEME;
    }

    @Override
    public NameResolver newNameResolver(URI target, NameResolver.Args args) {
        if (!SCHEME.equals(target.getScheme())) {
            return null;
        }
        port = Integer.parseInt(target.getPath().substring(1));
        return new NameResolver() {
            @Override
            public String getServiceAuthority() {
                return "127.0.0.1:" + port;
            }

            @Override
            public void start(NameResolver.Listener2 resolved) {
                listener = resolved;
                started.countDown();
            }

            @Override
            public void shutdown() {}
        };
    }

    /** Waits until the channel asked for the address (its first call), then answers it on this thread. */
    void release() throws InterruptedException {
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the channel never asked for its address");
        }
        listener.onResult(NameResolver.ResolutionResult.newBuilder()
                .setAddresses(
                        Collections.singletonList(new EquivalentAddressGroup(new InetSocketAddress("127.0.0.1", port))))
                .setAttributes(Attributes.EMPTY)
                .build());
    }
}
