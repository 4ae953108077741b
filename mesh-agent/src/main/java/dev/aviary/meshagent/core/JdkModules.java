package dev.aviary.meshagent.core;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The few module operations the agent needs (Java 9+), called by reflection because the agent compiles for Java 8;
 * each is a no-op on Java 8, which has no modules. Plain reflection rather than Byte Buddy's {@code JavaModule}: that
 * one generates dispatcher classes on first use, a tenth of a second of start-up.
 */
final class JdkModules {

    private JdkModules() {}

    /**
     * Lets every module of the boot layer that {@code needsRead} names read the module of {@code target}.
     */
    static void letBootLayerRead(Instrumentation instrumentation, Class<?> target, ModuleNames needsRead)
            throws ReflectiveOperationException {
        Class<?> moduleType = moduleType();
        if (moduleType == null) {
            return;
        }
        Class<?> layerType = Class.forName("java.lang.ModuleLayer");
        Object bootLayer = layerType.getMethod("boot").invoke(null);
        Object targetModule = moduleOf(target);
        Method canRead = moduleType.getMethod("canRead", moduleType);
        Method nameOf = moduleType.getMethod("getName");
        for (Object module : (Set<?>) layerType.getMethod("modules").invoke(bootLayer)) {
            if (needsRead.matches((String) nameOf.invoke(module)) && !(Boolean) canRead.invoke(module, targetModule)) {
                redefine(instrumentation, module, Collections.singleton(targetModule), Collections.emptyMap());
            }
        }
    }

    /** Opens {@code packageName} of the module of {@code owner} to the module of {@code to}. */
    static void open(Instrumentation instrumentation, Class<?> owner, String packageName, Class<?> to)
            throws ReflectiveOperationException {
        if (moduleType() == null) {
            return;
        }
        redefine(
                instrumentation,
                moduleOf(owner),
                Collections.emptySet(),
                Collections.singletonMap(packageName, Collections.singleton(moduleOf(to))));
    }

    /** Which modules an operation applies to, by name. */
    interface ModuleNames {
        boolean matches(String moduleName);
    }

    private static void redefine(
            Instrumentation instrumentation, Object module, Set<?> extraReads, Map<String, ?> extraOpens)
            throws ReflectiveOperationException {
        Method redefineModule = Instrumentation.class.getMethod(
                "redefineModule", moduleType(), Set.class, Map.class, Map.class, Set.class, Map.class);
        redefineModule.invoke(
                instrumentation,
                module,
                extraReads,
                Collections.emptyMap(),
                extraOpens,
                Collections.emptySet(),
                Collections.emptyMap());
    }

    private static Object moduleOf(Class<?> type) throws ReflectiveOperationException {
        return Class.class.getMethod("getModule").invoke(type);
    }

    private static Class<?> moduleType() {
        try {
            return Class.forName("java.lang.Module");
        } catch (ClassNotFoundException java8) {
            return null;
        }
    }
}
