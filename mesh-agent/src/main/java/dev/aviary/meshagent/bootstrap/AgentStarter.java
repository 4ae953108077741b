package dev.aviary.meshagent.bootstrap;

import java.io.File;
import java.lang.instrument.Instrumentation;

/**
 * Starts the agent once its jar is on the bootstrap class path, so that this class, the settings and
 * {@link LaneContext} are the bootstrap loader's copies, the ones every instrumented class sees.
 */
public final class AgentStarter {

    private static final String INSTALLER = "dev.aviary.meshagent.core.AgentInstaller";

    private AgentStarter() {}

    public static void start(Instrumentation instrumentation, File agentJar) throws Exception {
        AgentSettings settings = AgentSettings.from(System.getProperties(), System.getenv());
        LaneContext.configure(settings.lane(), settings.version(), settings.headerName());
        ClassLoader agentLoader = AgentClassLoader.create(agentJar, settings.extensions());
        Class.forName(INSTALLER, true, agentLoader)
                .getMethod("install", Instrumentation.class, AgentSettings.class)
                .invoke(null, instrumentation, settings);
        AgentLog.info("attached to " + settings.describe() + " on Java " + System.getProperty("java.version"));
    }
}
