package dev.aviary.meshagent.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The classes the agent changed on earlier starts, kept on disk so that the next start of the same application
 * with the same agent serves them as they are, without Byte Buddy (which costs over half a second of CPU before
 * its first class). An entry is used only while everything its outcome depended on is unchanged:
 * <ul>
 *   <li>the agent's content, its instrumentations as switched on, and the JVM: together they name the directory;
 *   <li>the class file itself, and the instrumentations it is a candidate for: together they name the entry;
 *   <li>every library class that was read to decide or write the change (its supertypes, the classes an advice
 *       names or requires), with the digest it had: each is read again through the class's loader and compared.
 * </ul>
 * A changed class uses helper classes of its modules, which are defined again on every start. Entries are written
 * to a temporary file and renamed into place; one that cannot be read, or does not match its checksum, is ignored.
 * The directory must be writable by this user alone (the entries become code): otherwise there is no cache.
 *
 * <p>Digests are CRC-32 and Adler-32 with the length (the JDK's own, cheap from the first call: SHA-256's first use
 * costs some 50 ms of start-up): they tell versions of one class apart, they are not a defence against someone who
 * can write the directory.
 */
final class ClassCache {

    private static final int MAGIC = 0x41564343; // "AVCC"
    private static final int FORMAT = 1;
    private static final long STALE_AFTER_MILLIS = TimeUnit.DAYS.toMillis(30);
    private static final long TOUCH_AFTER_MILLIS = TimeUnit.DAYS.toMillis(1);
    private static final Charset UTF_8 = Charset.forName("UTF-8");

    /** What an entry holds. */
    static final class Entry {
        final byte[] classFile; // null: the class stays as it was
        final List<String> helperModules;
        final List<String> reports;

        Entry(byte[] classFile, List<String> helperModules, List<String> reports) {
            this.classFile = classFile;
            this.helperModules = helperModules;
            this.reports = reports;
        }
    }

    private final File directory;
    private final AtomicInteger partialFiles = new AtomicInteger();

    private ClassCache(File directory) {
        this.directory = directory;
    }

    /**
     * The cache for {@code fingerprint} (the agent's content, its switched-on instrumentations, the JVM) under
     * {@code base}, or {@code null} (with the reason in {@code problems}) when {@code base} is not a private
     * directory of this user. Directories of other fingerprints, and entries of this one, unused for 30 days are removed.
     */
    static ClassCache open(File base, String fingerprint, List<String> problems) {
        try {
            File classes = new File(base, "classes");
            Path path = classes.toPath();
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(path);
                setOwnerOnly(path);
            }
            String unsafe = unsafeBecause(path);
            if (unsafe != null) {
                problems.add(classes + " " + unsafe);
                return null;
            }
            File directory =
                    new File(classes, digest(fingerprint.getBytes(UTF_8)).replace(':', '-'));
            if (!directory.isDirectory()) {
                removeStale(classes);
                if (!directory.mkdir() && !directory.isDirectory()) {
                    problems.add("cannot create " + directory);
                    return null;
                }
            } else if (System.currentTimeMillis() - directory.lastModified() > TOUCH_AFTER_MILLIS) {
                removeStaleEntries(directory); // at most once a day: other library versions' entries
                directory.setLastModified(System.currentTimeMillis()); // in use: not stale
            }
            return new ClassCache(directory);
        } catch (Exception unusable) {
            problems.add(String.valueOf(unusable));
            return null;
        }
    }

    File directory() {
        return directory;
    }

    /** Whether no class has been kept yet for this fingerprint (the first start of this agent and configuration). */
    boolean isEmpty() {
        String[] names = directory.list();
        if (names == null) {
            return true;
        }
        for (String name : names) {
            if (name.endsWith(".class")) {
                return false;
            }
        }
        return true;
    }

    /** The name of the entry for this class file, as a candidate for these instrumentations. */
    static String keyOf(String internalName, BitSet nominees, byte[] classFile) {
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        byte[] name = internalName.getBytes(UTF_8);
        byte[] instrumentations = nominees.toByteArray();
        for (byte[] part : new byte[][] {name, instrumentations, classFile}) {
            crc.update(part, 0, part.length);
            adler.update(part, 0, part.length);
        }
        return hex(crc.getValue()) + hex(adler.getValue()) + "-" + Integer.toHexString(classFile.length) + ".class";
    }

    /** The digest of a class file (or any bytes): CRC-32, Adler-32 and length. */
    static String digest(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        Adler32 adler = new Adler32();
        adler.update(bytes, 0, bytes.length);
        return hex(crc.getValue()) + hex(adler.getValue()) + ":" + Integer.toHexString(bytes.length);
    }

    /**
     * The kept outcome for {@code key}, or {@code null} when there is none or a class it depended on is no longer
     * what it was in {@code loader}.
     */
    Entry lookup(String key, String internalName, BitSet nominees, ClassLoader loader) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(new File(directory, key).toPath());
        } catch (IOException none) {
            return null;
        }
        try {
            if (stored.length < 8 || checksumOf(stored, stored.length - 8) != tail(stored)) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, 0, stored.length - 8));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return null;
            }
            if (!in.readUTF().equals(internalName) || !Arrays.equals(readBytes(in), nominees.toByteArray())) {
                return null; // two classes whose keys collide: neither is served
            }
            byte[] classFile = in.readBoolean() ? readBytes(in) : null;
            List<String> helperModules = readStrings(in);
            int dependencies = in.readInt();
            for (int i = 0; i < dependencies; i++) {
                String name = in.readUTF();
                String digest = in.readBoolean() ? in.readUTF() : null;
                if (!sameAsIn(loader, name, digest)) {
                    return null;
                }
            }
            Entry entry = new Entry(classFile, helperModules, readStrings(in));
            touchIfOld(new File(directory, key));
            return entry;
        } catch (IOException | RuntimeException corrupt) {
            return null;
        }
    }

    /** Keeps {@code outcome} under {@code key}; failing to is not worth telling the application about. */
    void store(String key, String internalName, BitSet nominees, Transformation outcome) {
        File partial = null;
        try {
            ByteArrayOutputStream bytes =
                    new ByteArrayOutputStream(outcome.classFile == null ? 512 : outcome.classFile.length + 512);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(internalName);
            writeBytes(out, nominees.toByteArray());
            out.writeBoolean(outcome.classFile != null);
            if (outcome.classFile != null) {
                writeBytes(out, outcome.classFile);
            }
            writeStrings(out, outcome.helperModules);
            out.writeInt(outcome.dependencies.size());
            for (Map.Entry<String, String> dependency : outcome.dependencies.entrySet()) {
                out.writeUTF(dependency.getKey());
                out.writeBoolean(dependency.getValue() != null);
                if (dependency.getValue() != null) {
                    out.writeUTF(dependency.getValue());
                }
            }
            writeStrings(out, outcome.reports);
            out.flush();
            long checksum = checksumOf(bytes.toByteArray(), bytes.size());
            out.writeLong(checksum);
            out.flush();
            // Not File.createTempFile: its first call seeds a SecureRandom, some 20 ms of the application's start.
            partial = new File(
                    directory,
                    key + "." + Long.toHexString(System.nanoTime()) + "-" + partialFiles.incrementAndGet()
                            + ".partial");
            Files.write(partial.toPath(), bytes.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(
                    partial.toPath(),
                    new File(directory, key).toPath(),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception unwritable) {
            if (partial != null) {
                partial.delete();
            }
        }
    }

    /** Whether {@code loader} still has the class {@code name} with {@code digest} ({@code null}: has no such class). */
    private static boolean sameAsIn(ClassLoader loader, String name, String digest) throws IOException {
        if (loader == null) {
            return false; // the bootstrap loader's classes come from the JVM, which is part of the fingerprint
        }
        InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class");
        if (in == null) {
            return digest == null;
        }
        try {
            return digest != null && digest.equals(digest(readAll(in)));
        } finally {
            in.close();
        }
    }

    /** Reads a class file the way Byte Buddy's class file locators do, for {@link Transformation#dependencies}. */
    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(in.available(), 1024));
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String unsafeBecause(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a directory";
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException notPosix) {
            return null; // Windows: the user's own profile directories are private by default
        }
        String user = System.getProperty("user.name", "");
        if (!Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
            return "belongs to another user";
        }
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return "can be written by other users";
        }
        return null;
    }

    private static void setOwnerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        } catch (Exception notPosix) {
            // checked right after
        }
    }

    /** An entry's time tells when it was last served, to within a day. */
    private static void touchIfOld(File entry) {
        long now = System.currentTimeMillis();
        if (now - entry.lastModified() > TOUCH_AFTER_MILLIS) {
            entry.setLastModified(now);
        }
    }

    /** Entries not served for 30 days: classes of library versions the application no longer has, mostly. */
    private static void removeStaleEntries(File directory) {
        File[] entries = directory.listFiles();
        long now = System.currentTimeMillis();
        for (File entry : entries == null ? new File[0] : entries) {
            if (now - entry.lastModified() > STALE_AFTER_MILLIS) {
                entry.delete();
            }
        }
    }

    private static void removeStale(File classes) {
        File[] fingerprints = classes.listFiles();
        if (fingerprints == null) {
            return;
        }
        long now = System.currentTimeMillis();
        for (File fingerprint : fingerprints) {
            if (fingerprint.isDirectory() && now - fingerprint.lastModified() > STALE_AFTER_MILLIS) {
                File[] entries = fingerprint.listFiles();
                for (File entry : entries == null ? new File[0] : entries) {
                    entry.delete();
                }
                fingerprint.delete();
            }
        }
    }

    private static long checksumOf(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        Adler32 adler = new Adler32();
        adler.update(bytes, 0, length);
        return crc.getValue() << 32 | adler.getValue();
    }

    private static long tail(byte[] bytes) throws IOException {
        return new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count == 0) {
            return Collections.emptyList();
        }
        List<String> strings = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "00000000".substring(Math.min(8, digits.length())) + digits;
    }

    /** For {@link Transformation#dependencies}: keeps the order in which they were read. */
    static Map<String, String> newDependencies() {
        return new LinkedHashMap<String, String>();
    }
}
