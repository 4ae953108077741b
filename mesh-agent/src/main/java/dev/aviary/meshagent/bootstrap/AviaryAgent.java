package dev.aviary.meshagent.bootstrap;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point of {@code -javaagent:aviary-mesh-agent.jar}. Fail-open: whatever goes wrong here is
 * reported in one line and the application starts unmodified.
 *
 * <p>This class is loaded by the application class loader; the first thing it does is put the agent jar
 * on the bootstrap class path, where only the {@code bootstrap} package is loadable (everything else is
 * packed in {@code inst/}), and hand over to the bootstrap copy of {@link AgentStarter}. It touches no
 * other class of this package before that.
 */
public final class AviaryAgent {

    private AviaryAgent() {}

    public static void premain(String arguments, Instrumentation instrumentation) {
        start(instrumentation);
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(instrumentation);
    }

    private static void start(Instrumentation instrumentation) {
        try {
            if (switchedOff()) {
                AgentLog.info("disabled by aviary.agent.enabled=false; the application runs unmodified");
                return;
            }
            File agentJar = new File(AviaryAgent.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar));
            AgentStarter.start(instrumentation, agentJar);
        } catch (Throwable failure) {
            AgentLog.info("did not start (" + failure + "); the application runs unmodified");
        }
    }

    private static boolean switchedOff() {
        String value = System.getProperty("aviary.agent.enabled");
        if (value == null) {
            value = System.getenv("AVIARY_AGENT_ENABLED");
        }
        return value != null && "false".equalsIgnoreCase(value.trim());
    }
}
