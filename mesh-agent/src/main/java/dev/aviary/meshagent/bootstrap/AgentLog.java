package dev.aviary.meshagent.bootstrap;

/** The agent's few lines go to stderr with a fixed prefix: no logging framework of the application is touched. */
public final class AgentLog {

    static final String PREFIX = "[aviary-agent] ";

    private AgentLog() {}

    public static void info(String message) {
        System.err.println(PREFIX + message);
    }
}
