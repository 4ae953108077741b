package dev.aviary.meshagent.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Holds the agent's core, its instrumentations and the relocated Byte Buddy, isolated from the
 * application: its parent is the platform (Java 8: extension) loader, and nothing of it is on the
 * application's class path. They ship inside the agent jar as {@value #CORE_JAR}, which no class
 * loader of the application reads, stored uncompressed and read in place ({@link CoreArchive}); extension jars
 * ({@code aviary.agent.extensions}) are read as a {@code URLClassLoader} reads them.
 */
public final class AgentClassLoader extends URLClassLoader {

    static final String CORE_JAR = "inst/aviary-agent-core.jar";
    private static final String RESOURCE_PROTOCOL = "aviary-agent";
    private static final String OWN_PACKAGES = "dev.aviary.meshagent.";
    /** This package: loaded by the bootstrap loader, whose copies every instrumented class shares. */
    private static final String BOOTSTRAP_PACKAGE = "dev.aviary.meshagent.bootstrap.";

    static {
        registerAsParallelCapable();
    }

    private final File agentJar;
    private final CoreArchive core;
    private final ProtectionDomain coreDomain;
    private final URLStreamHandler coreResources = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
            final String name = url.getPath().substring(1);
            return new URLConnection(url) {
                @Override
                public void connect() {}

                @Override
                public InputStream getInputStream() throws IOException {
                    byte[] content = core.read(name);
                    if (content == null) {
                        throw new FileNotFoundException(name);
                    }
                    return new ByteArrayInputStream(content);
                }
            };
        }
    };

    private AgentClassLoader(URL[] extensions, ClassLoader parent, File agentJar, CoreArchive core, URL coreLocation) {
        super(extensions, parent);
        this.agentJar = agentJar;
        this.core = core;
        this.coreDomain = new ProtectionDomain(new CodeSource(coreLocation, (Certificate[]) null), null, this, null);
    }

    static AgentClassLoader create(File agentJar, List<String> extensions) throws IOException {
        CoreArchive core = CoreArchive.nestedIn(agentJar, CORE_JAR);
        if (core == null) { // the agent jar was repacked with its core compressed
            core = CoreArchive.of(unpackCore(agentJar));
        }
        List<URL> urls = new ArrayList<URL>();
        for (String extension : extensions) {
            urls.add(new File(extension).toURI().toURL());
        }
        return new AgentClassLoader(
                urls.toArray(new URL[0]),
                ClassLoader.getSystemClassLoader().getParent(),
                agentJar,
                core,
                core.file().toURI().toURL());
    }

    /** The agent jar this loader's core comes from. */
    public File agentJar() {
        return agentJar;
    }

    /**
     * Identifies what this loader holds: the core's content and each extension jar's path, size and time of change.
     * Equal identities mean the same instrumentations, advice and Byte Buddy.
     */
    public String contentId() {
        StringBuilder id = new StringBuilder(Long.toHexString(core.contentId()));
        for (URL extension : getURLs()) {
            File jar;
            try {
                jar = new File(extension.toURI());
            } catch (Exception notAFile) {
                id.append('|').append(extension);
                continue;
            }
            id.append('|')
                    .append(jar.getAbsolutePath())
                    .append(':')
                    .append(jar.length())
                    .append(':')
                    .append(jar.lastModified());
        }
        return id.toString();
    }

    /**
     * The core's own classes (its instrumentations, the relocated Byte Buddy) are defined here without asking the
     * parents first: none of them can have one, and the ~900 lookups a first start would make through the platform
     * and bootstrap loaders tipped the JDK's {@code BuiltinClassLoader.loadClassOrNull} into a C2 compilation
     * (~0.35 s of CPU) while the application was still starting.
     */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(OWN_PACKAGES) || name.startsWith(BOOTSTRAP_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                String entry = name.replace('.', '/') + ".class";
                if (!core.contains(entry)) { // an extension's class
                    return super.loadClass(name, resolve);
                }
                loaded = defineFromCore(name, entry);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String entry = name.replace('.', '/') + ".class";
        if (!core.contains(entry)) {
            return super.findClass(name);
        }
        return defineFromCore(name, entry);
    }

    private Class<?> defineFromCore(String name, String entry) throws ClassNotFoundException {
        byte[] classFile;
        try {
            classFile = core.read(entry);
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name + " (" + unreadable + ")", unreadable);
        }
        definePackageOf(name);
        return defineClass(name, classFile, 0, classFile.length, coreDomain);
    }

    /** Java 8 gives a class no {@code Package} unless its loader defined one (9+ does it by itself). */
    @SuppressWarnings("deprecation")
    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (getPackage(packageName) == null) {
            try {
                definePackage(packageName, null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedMeanwhile) {
                // another thread defined it first
            }
        }
    }

    @Override
    public URL findResource(String name) {
        if (core.contains(name)) {
            return coreUrl(name);
        }
        return super.findResource(name);
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        List<URL> found = new ArrayList<URL>();
        if (core.contains(name)) {
            found.add(coreUrl(name));
        }
        found.addAll(Collections.list(super.findResources(name)));
        return Collections.enumeration(found);
    }

    /** The agent's own class files, for Byte Buddy reading its advice: straight from the core, without a URL. */
    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.startsWith("dev/aviary/meshagent/") && name.endsWith(".class")) {
            try {
                byte[] content = core.read(name);
                if (content != null) {
                    return new ByteArrayInputStream(content);
                }
            } catch (IOException unreadable) {
                return null;
            }
        }
        return super.getResourceAsStream(name);
    }

    private URL coreUrl(String name) {
        try {
            return new URL(RESOURCE_PROTOCOL, null, -1, "/" + name, coreResources);
        } catch (IOException impossible) {
            return null;
        }
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
