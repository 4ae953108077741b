package dev.aviary.meshagent.instrumentation.grpc;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * grpc-java (1.30+, every transport: Netty, Netty shaded, OkHttp, in-process): a client call carries the lane
 * current when it is started as the metadata entry named like the lane header, and a server call runs its
 * handler's callbacks in the lane it carries (or this instance's own). The hooks sit in grpc-core's
 * {@code io.grpc.internal} call classes, which every channel built by {@code ManagedChannelBuilder} and every
 * server built by {@code ServerBuilder} use, whatever the transport; copies of gRPC that a library relocated
 * into its own package (nacos-client's) are not matched. Advice compiled against 1.30.2.
 */
public final class GrpcInstrumentationModule extends InstrumentationModule {

    public GrpcInstrumentationModule() {
        super("grpc");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("io.grpc.Metadata");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new ClientCallStartInstrumentation(),
                new DelayedClientCallInstrumentation(),
                new ServerCallStartInstrumentation(),
                new ServerCallInstrumentation(),
                new ServerListenerInstrumentation());
    }
}
