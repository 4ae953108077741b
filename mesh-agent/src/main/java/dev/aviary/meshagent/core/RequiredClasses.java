package dev.aviary.meshagent.core;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.dynamic.ClassFileLocator;

/** Whether a class loader has the classes a module's advice links against; remembered per loader. */
final class RequiredClasses {

    private static final String NOTHING_MISSING = "";

    private final List<String> names;
    private final Map<ClassLoader, String> missingByLoader = new WeakHashMap<ClassLoader, String>();
    private volatile String missingFromBootLoader;

    RequiredClasses(List<String> names) {
        this.names = names;
    }

    /** The first required class {@code loader} cannot provide, or {@code null} when it has them all. */
    String firstMissingIn(ClassLoader loader) {
        if (names.isEmpty()) {
            return null;
        }
        String missing;
        if (loader == null) {
            missing = missingFromBootLoader;
            if (missing == null) {
                missing = lookUp(null);
                missingFromBootLoader = missing;
            }
        } else {
            synchronized (missingByLoader) {
                missing = missingByLoader.get(loader);
            }
            if (missing == null) {
                missing = lookUp(loader);
                synchronized (missingByLoader) {
                    missingByLoader.put(loader, missing);
                }
            }
        }
        return missing.isEmpty() ? null : missing;
    }

    private String lookUp(ClassLoader loader) {
        ClassFileLocator locator = ClassFileLocator.ForClassLoader.of(loader);
        for (String name : names) {
            try {
                if (!locator.locate(name).isResolved()) {
                    return name;
                }
            } catch (Exception unreadable) {
                return name;
            }
        }
        return NOTHING_MISSING;
    }
}
