package dev.aviary.meshagent.core;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Whether a class loader has the classes a module's advice links against; remembered per loader when nobody needs to
 * see the lookups (the bootstrap loader's answer depends on the JVM alone).
 */
final class RequiredClasses {

    private static final String NOTHING_MISSING = "";

    private final List<String> names;
    private final Map<ClassLoader, String> missingByLoader = new WeakHashMap<ClassLoader, String>();
    private volatile String missingFromBootLoader;

    RequiredClasses(List<String> names) {
        this.names = names;
    }

    /**
     * The first required class {@code loader} cannot provide, or {@code null} when it has them all. The classes of
     * an application or library loader are looked up through {@code loaderClasses}, which sees that loader's classes
     * (and may note what it was asked), every time.
     */
    String firstMissingIn(ClassLoader loader, ClassFileLocator loaderClasses) {
        if (names.isEmpty()) {
            return null;
        }
        if (loaderClasses != null && loader != null) {
            String missing = lookUp(loaderClasses);
            return missing.isEmpty() ? null : missing;
        }
        String missing;
        if (loader == null) {
            missing = missingFromBootLoader;
            if (missing == null) {
                missing = lookUp(ClassFileLocator.ForClassLoader.of(null));
                missingFromBootLoader = missing;
            }
        } else {
            synchronized (missingByLoader) {
                missing = missingByLoader.get(loader);
            }
            if (missing == null) {
                missing = lookUp(ClassFileLocator.ForClassLoader.of(loader));
                synchronized (missingByLoader) {
                    missingByLoader.put(loader, missing);
                }
            }
        }
        return missing.isEmpty() ? null : missing;
    }

    private String lookUp(ClassFileLocator locator) {
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
