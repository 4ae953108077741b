package dev.aviary.meshagent;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in business application: reports which of the agent's classes its class loader can see, and
 * prints one line so the test can see it ran to the end.
 */
public class SampleApplication {

    /** Classes of the agent that must stay out of the application's reach. */
    static final String[] AGENT_INTERNALS = {
        "dev.aviary.meshagent.core.AgentInstaller",
        "dev.aviary.meshagent.core.InstrumentationModule",
        "dev.aviary.meshagent.instrumentation.executors.ExecutorsInstrumentationModule",
        "dev.aviary.meshagent.shaded.bytebuddy.ByteBuddy",
        "dev.aviary.meshagent.shaded.bytebuddy.agent.builder.AgentBuilder",
        "net.bytebuddy.ByteBuddy"
    };

    public static void main(String[] args) throws Exception {
        ClassLoader application = SampleApplication.class.getClassLoader();
        List<String> visible = new ArrayList<>();
        for (String name : AGENT_INTERNALS) {
            try {
                Class.forName(name, false, application);
                visible.add(name);
            } catch (ClassNotFoundException expected) {
                // not visible: as it should be
            }
        }
        System.out.println("agent internals visible to the application: " + (visible.isEmpty() ? "none" : visible));
        try {
            Class<?> context = Class.forName("dev.aviary.meshagent.bootstrap.LaneContext", false, application);
            System.out.println("lane context loaded by: "
                    + (context.getClassLoader() == null ? "bootstrap" : context.getClassLoader()));
        } catch (ClassNotFoundException noAgent) {
            System.out.println("lane context loaded by: nobody");
        }
        System.out.println("sample application ran");
    }
}
