package dev.aviary.meshagent.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Holds the agent's core, its instrumentations and the relocated Byte Buddy, isolated from the
 * application: its parent is the platform (Java 8: extension) loader, and nothing of it is on the
 * application's class path. They ship inside the agent jar as {@value #CORE_JAR}, which no class
 * loader of the application reads, and are unpacked to a temporary file at start-up.
 */
public final class AgentClassLoader extends URLClassLoader {

    static final String CORE_JAR = "inst/aviary-agent-core.jar";

    static {
        registerAsParallelCapable();
    }

    private AgentClassLoader(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    static AgentClassLoader create(File agentJar, List<String> extensions) throws IOException {
        List<URL> urls = new ArrayList<URL>();
        urls.add(unpackCore(agentJar).toURI().toURL());
        for (String extension : extensions) {
            urls.add(new File(extension).toURI().toURL());
        }
        return new AgentClassLoader(
                urls.toArray(new URL[0]), ClassLoader.getSystemClassLoader().getParent());
    }

    private static File unpackCore(File agentJar) throws IOException {
        try (JarFile jar = new JarFile(agentJar)) {
            ZipEntry entry = jar.getEntry(CORE_JAR);
            if (entry == null) {
                throw new IOException(CORE_JAR + " missing from " + agentJar);
            }
            File core = File.createTempFile("aviary-agent-core", ".jar");
            core.deleteOnExit();
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, core.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            return core;
        }
    }
}
