package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Reports a transformation that failed in one line naming the instrumentation, the type and why; Byte
 * Buddy then leaves that type as it was.
 */
final class FailOpenListener extends AgentBuilder.Listener.Adapter {

    private final Map<String, String> owners;
    private final Set<String> reported;

    FailOpenListener(Map<String, String> owners, Set<String> reported) {
        this.owners = owners;
        this.reported = reported;
    }

    @Override
    public void onError(
            String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
        String owner = owners.get(typeName);
        if (owner != null && reported.add(owner + " " + typeName)) {
            AgentLog.info(
                    "instrumentation " + owner + " failed on " + typeName + " (" + throwable + "); it runs unmodified");
        }
    }
}
