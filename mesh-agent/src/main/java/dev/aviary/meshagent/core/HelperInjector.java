package dev.aviary.meshagent.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Defines a module's helper classes ({@link InstrumentationModule#helperClasses()}) in the class loader of
 * each type the module changes, before the change, once per loader. Helpers are the agent's classes that
 * extend or implement the library's types (a Reactor subscriber, say), so they must live beside the library;
 * they may use the bootstrap package, never the rest of the agent. A helper that cannot be defined leaves the
 * module out of that type's transformation ({@link AdviceTransformer} reports it).
 *
 * <p>{@code ClassLoader.defineClass} is protected: on Java 9+ the agent opens {@code java.lang} to its own
 * unnamed module through {@link Instrumentation} (what an agent may do) once, before the first injection.
 */
final class HelperInjector {

    private static volatile Method defineClass;

    private final Instrumentation instrumentation;
    private final ClassLoader agentLoader;
    private final List<String> helperNames;
    private final Map<ClassLoader, Boolean> injected = new WeakHashMap<ClassLoader, Boolean>();

    HelperInjector(Instrumentation instrumentation, ClassLoader agentLoader, List<String> helperNames) {
        this.instrumentation = instrumentation;
        this.agentLoader = agentLoader;
        this.helperNames = helperNames;
    }

    void injectInto(ClassLoader loader, ProtectionDomain protectionDomain) {
        if (loader == null) {
            throw new IllegalStateException("helper classes cannot be defined in the bootstrap class loader");
        }
        // The loader's own lock, which a transformation in a non-parallel-capable loader already holds: one
        // global lock could deadlock against a parent loader's lock taken while a helper's supertypes load.
        synchronized (loader) {
            if (!isInjected(loader)) {
                for (String name : helperNames) {
                    define(loader, name, protectionDomain);
                }
                synchronized (injected) {
                    injected.put(loader, Boolean.TRUE);
                }
            }
        }
    }

    private boolean isInjected(ClassLoader loader) {
        synchronized (injected) {
            return injected.containsKey(loader);
        }
    }

    private void define(ClassLoader loader, String name, ProtectionDomain protectionDomain) {
        byte[] bytes = read(name);
        try {
            defineClassMethod().invoke(loader, name, bytes, 0, bytes.length, protectionDomain);
        } catch (ReflectiveOperationException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            if (cause instanceof LinkageError && isDefined(loader, name)) {
                return; // defined before: another loader's transformation raced us, or a retransformation
            }
            throw new IllegalStateException("helper " + name + " not defined: " + cause, cause);
        }
    }

    private static boolean isDefined(ClassLoader loader, String name) {
        try {
            Method findLoadedClass = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
            findLoadedClass.setAccessible(true);
            return findLoadedClass.invoke(loader, name) != null;
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return false;
        }
    }

    private byte[] read(String name) {
        String resource = name.replace('.', '/') + ".class";
        InputStream in = agentLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("helper " + name + " is not in the agent");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new IllegalStateException("helper " + name + " unreadable: " + unreadable, unreadable);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // read already
            }
        }
    }

    private Method defineClassMethod() throws ReflectiveOperationException {
        Method method = defineClass;
        if (method == null) {
            JdkModules.open(instrumentation, Object.class, "java.lang", HelperInjector.class);
            method = ClassLoader.class.getDeclaredMethod(
                    "defineClass", String.class, byte[].class, int.class, int.class, ProtectionDomain.class);
            method.setAccessible(true);
            defineClass = method;
        }
        return method;
    }
}
