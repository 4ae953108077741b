package dev.aviary.meshagent.instrumentation.dubbo;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * Apache Dubbo 3.x: a consumer's call carries the current lane as an attachment, a provider runs the service
 * method in the lane its caller sent, a consumer only chooses among the providers of its lane
 * ({@code LaneRouting}), and every exported provider declares this instance's lane and version. Dubbo 2.7 is
 * left alone: it lacks {@code RpcContextAttachment}, so none of its classes is changed (one log line for each).
 */
public final class DubboInstrumentationModule extends InstrumentationModule {

    public DubboInstrumentationModule() {
        super("dubbo");
    }

    @Override
    public List<String> requiredClasses() {
        return Arrays.asList("org.apache.dubbo.rpc.RpcContextAttachment", "org.apache.dubbo.rpc.RpcInvocation");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new ConsumerInvokerInstrumentation(),
                new ProviderInvokerInstrumentation(),
                new ClusterInvokerInstrumentation(),
                new ServiceExportInstrumentation(),
                new ServiceInstanceInstrumentation(),
                new NacosServiceDiscoveryInstrumentation());
    }
}
