package dev.aviary.meshagent.core;

import java.util.List;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Whether a class loader has the classes a module's advice links against. The bootstrap loader's answer depends on
 * the JVM alone and is remembered; any other loader is asked every time, through the locator that notes what the
 * transformation read (the class cache keeps those answers with the class).
 */
final class RequiredClasses {

    private static final String NOTHING_MISSING = "";

    private final List<String> names;
    private volatile String missingFromBootLoader;

    RequiredClasses(List<String> names) {
        this.names = names;
    }

    /**
     * The first required class {@code loader} cannot provide, or {@code null} when it has them all; {@code
     * loaderClasses} sees that loader's classes.
     */
    String firstMissingIn(ClassLoader loader, ClassFileLocator loaderClasses) {
        if (names.isEmpty()) {
            return null;
        }
        String missing;
        if (loader == null) {
            missing = missingFromBootLoader;
            if (missing == null) {
                missing = lookUp(loaderClasses);
                missingFromBootLoader = missing;
            }
        } else {
            missing = lookUp(loaderClasses);
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
