package dev.aviary.meshagent.core;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether the JVM was started with another agent besides this one ({@code -javaagent}, {@code -agentpath},
 * {@code -agentlib} other than the debugger's {@code jdwp}): one that may change a class before this agent's
 * transformer sees it. Asked once, off the application's threads (the management classes it reads take a while).
 */
final class OtherAgents {

    private final File ownJar;
    private volatile Boolean present;

    OtherAgents(File ownJar) {
        this.ownJar = ownJar;
    }

    boolean present() {
        Boolean known = present;
        if (known == null) {
            known = presentIn(ManagementFactory.getRuntimeMXBean().getInputArguments(), ownJar);
            present = known;
        }
        return known;
    }

    static boolean presentIn(List<String> jvmArguments, File ownJar) {
        for (String argument : jvmArguments) {
            if (argument.startsWith("-javaagent:")) {
                String jar = argument.substring("-javaagent:".length());
                int options = jar.indexOf('=');
                if (!sameFile(options < 0 ? jar : jar.substring(0, options), ownJar)) {
                    return true;
                }
            } else if (argument.startsWith("-agentpath:")
                    || (argument.startsWith("-agentlib:") && !argument.startsWith("-agentlib:jdwp"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(String path, File ownJar) {
        if (ownJar == null) {
            return false;
        }
        File file = new File(path);
        try {
            return file.getCanonicalFile().equals(ownJar.getCanonicalFile());
        } catch (Exception unresolvable) {
            return file.getAbsoluteFile().equals(ownJar.getAbsoluteFile());
        }
    }
}
