package dev.aviary.meshagent.bootstrap;

import java.lang.instrument.Instrumentation;

/**
 * Entry point of {@code -javaagent:aviary-mesh-agent.jar}. Fail-open: whatever goes wrong here is
 * reported in one line and the application starts unmodified.
 */
public final class AviaryAgent {

    private AviaryAgent() {}

    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    private static void start(String arguments, Instrumentation instrumentation) {
        try {
            AgentSettings settings = AgentSettings.from(System.getProperties(), System.getenv());
            if (!settings.enabled()) {
                AgentLog.info("disabled by aviary.agent.enabled=false; the application runs unmodified");
                return;
            }
            AgentLog.info("attached to " + settings.describe() + " on Java " + System.getProperty("java.version"));
        } catch (Throwable failure) {
            AgentLog.info("did not start (" + failure + "); the application runs unmodified");
        }
    }
}
