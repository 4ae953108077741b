package dev.aviary.meshagent.instrumentation.nacos;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * nacos-client's {@code NamingService} (2.x and 3.x): instances register with this instance's lane and
 * version, and the selection methods only hand out instances of the current work's lane.
 */
public final class NacosNamingInstrumentationModule extends InstrumentationModule {

    public NacosNamingInstrumentationModule() {
        super("nacos-naming");
    }

    @Override
    public List<String> requiredClasses() {
        return Arrays.asList(
                "com.alibaba.nacos.api.naming.pojo.Instance", "com.alibaba.nacos.api.naming.NamingService");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new NacosNamingServiceInstrumentation());
    }
}
