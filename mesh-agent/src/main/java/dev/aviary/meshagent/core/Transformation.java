package dev.aviary.meshagent.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What {@link AdviceTransformer} made of one class, with everything its outcome depended on outside the class file
 * itself, so that {@link ClassCache} can serve the same outcome again while those inputs are unchanged.
 */
final class Transformation {

    static final Transformation UNCHANGED_UNCACHEABLE = new Transformation(
            null,
            Collections.<String>emptyList(),
            Collections.<String, String>emptyMap(),
            Collections.<String>emptyList(),
            false);

    /** The changed class file, or {@code null} when the class stays as it was. */
    final byte[] classFile;
    /** The modules whose helper classes the changed class uses: they must be defined in its loader first. */
    final List<String> helperModules;
    /**
     * The library classes that were read to decide or to write the change, by binary name, each with its
     * {@link ClassCache#digest} ({@code null}: the class loader had no such class).
     */
    final Map<String, String> dependencies;
    /** The lines reported to the log on the way (a module that did not apply, and why). */
    final List<String> reports;
    /** {@code false} when something went wrong that may not go wrong next time: never kept. */
    final boolean cacheable;

    Transformation(
            byte[] classFile,
            List<String> helperModules,
            Map<String, String> dependencies,
            List<String> reports,
            boolean cacheable) {
        this.classFile = classFile;
        this.helperModules = helperModules;
        this.dependencies = dependencies;
        this.reports = reports;
        this.cacheable = cacheable;
    }
}
