package dev.aviary.meshagent.core;

import java.util.Collections;
import java.util.List;

/**
 * One library's instrumentation, found through {@link java.util.ServiceLoader} in the agent's own class
 * loader and switched off with {@code aviary.agent.instrumentation.<name>.enabled=false}. Fail-open: when
 * the classes it needs are missing, or its transformation fails, the agent logs one line naming it and
 * the affected classes run unmodified.
 */
public abstract class InstrumentationModule {

    private final String name;

    protected InstrumentationModule(String name) {
        this.name = name;
    }

    /** The switch name, e.g. {@code servlet-jakarta}. */
    public final String name() {
        return name;
    }

    /**
     * Classes the advice links against, looked up in the class loader of every matched type before the
     * module changes it: a type whose loader lacks one is left alone (with one line in the log).
     */
    public List<String> requiredClasses() {
        return Collections.emptyList();
    }

    /**
     * The module's classes that its advice uses and that extend or implement the library's types (so they
     * cannot live in the agent's loader): defined in the class loader of each matched type before the type is
     * changed. They may use the bootstrap package and the library, nothing else of the agent.
     */
    public List<String> helperClasses() {
        return Collections.emptyList();
    }

    /** Why this module cannot apply on this JVM at all (e.g. the JDK is too old), or {@code null}. */
    public String unsupportedReason() {
        return null;
    }

    /** One entry per matched type. */
    public abstract List<TypeInstrumentation> typeInstrumentations();
}
