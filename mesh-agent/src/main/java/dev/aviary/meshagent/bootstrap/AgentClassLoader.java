package dev.aviary.meshagent.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Holds the agent's core, its instrumentations and the relocated Byte Buddy, isolated from the
 * application: its parent is the platform (Java 8: extension) loader, and nothing of it is on the
 * application's class path. They ship inside the agent jar as {@value #CORE_JAR}, which no class
 * loader of the application reads, and are unpacked to a private temporary directory.
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

    /**
     * Unpacks the nested jar once per content into a directory only this user can write: the file is named
     * after the entry's CRC and size and reused by every later JVM started with the same agent jar (a JVM
     * that is killed cannot delete a per-start copy, so those would pile up). Where such a directory cannot
     * be had, a fresh temporary file is used for this JVM alone.
     */
    private static File unpackCore(File agentJar) throws IOException {
        try (JarFile jar = new JarFile(agentJar)) {
            ZipEntry entry = jar.getEntry(CORE_JAR);
            if (entry == null) {
                throw new IOException(CORE_JAR + " missing from " + agentJar);
            }
            File directory = privateDirectory();
            if (directory == null) {
                File core = File.createTempFile("aviary-agent-core", ".jar");
                core.deleteOnExit();
                copy(jar, entry, core);
                return core;
            }
            File core = new File(
                    directory,
                    "aviary-agent-core-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize() + ".jar");
            if (!(core.isFile() && core.length() == entry.getSize())) {
                File partial = File.createTempFile("aviary-agent-core", ".partial", directory);
                try {
                    copy(jar, entry, partial);
                    moveInto(partial, core);
                } finally {
                    Files.deleteIfExists(partial.toPath());
                }
            }
            return core;
        }
    }

    /**
     * An atomic rename: JVMs starting at the same moment each unpack the jar, and one of them may already use
     * the file another replaces. A plain {@code Files.move} with {@code REPLACE_EXISTING} deletes the target
     * first, and a JVM opening it in that gap found no file and no agent classes.
     */
    private static void moveInto(File partial, File core) throws IOException {
        try {
            Files.move(partial.toPath(), core.toPath(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(partial.toPath(), core.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copy(JarFile jar, ZipEntry entry, File target) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code <tmpdir>/aviary-agent-<user>}, owned by this user and closed to others, or {@code null}. */
    public static File privateDirectory() {
        try {
            String user = System.getProperty("user.name", "unknown");
            Path directory = Paths.get(System.getProperty("java.io.tmpdir"), "aviary-agent-" + user);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory);
            }
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                    || !Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS)
                            .getName()
                            .equals(user)) {
                return null;
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            return directory.toFile();
        } catch (Exception notPosixOrNotOurs) {
            return null;
        }
    }
}
