package dev.aviary.meshagent.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The agent's core jar read in place: a zip file, or a zip stored uncompressed inside another one (the agent jar's
 * {@code inst/aviary-agent-core.jar}). One read of its central directory, then one positional read per class.
 *
 * <p>Why not a {@code URLClassLoader} over an unpacked copy: the agent loads some 900 classes while the application
 * starts, and the JDK's class path machinery (and inflating each entry) took about a third of that time. The build
 * stores the core's entries uncompressed; compressed entries are read too, only slower.
 *
 * <p>Plain reads rather than a memory mapping: a mapped file that is replaced in place under a running JVM crashes
 * it; a read then fails with an exception, which is reported. Not a {@code FileChannel} either: an interrupted
 * reader closes a channel for every thread.
 */
final class CoreArchive {

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final Charset UTF_8 = Charset.forName("UTF-8");

    /**
     * An entry's position: method, compressed and uncompressed size, local header offset within the archive, and the
     * length of the local header as the central directory predicts it (its name and extra field as there).
     */
    private static final class Entry {
        final int method;
        final int compressedSize;
        final int size;
        final long localHeader;
        final int expectedHeaderLength;

        Entry(int method, int compressedSize, int size, long localHeader, int expectedHeaderLength) {
            this.method = method;
            this.compressedSize = compressedSize;
            this.size = size;
            this.localHeader = localHeader;
            this.expectedHeaderLength = expectedHeaderLength;
        }
    }

    private final File file;
    private final RandomAccessFile reader; // guarded by itself
    private final long start;
    private final Map<String, Entry> entries;
    private final long contentId;

    private CoreArchive(File file, RandomAccessFile reader, long start, Map<String, Entry> entries, long contentId) {
        this.file = file;
        this.reader = reader;
        this.start = start;
        this.entries = entries;
        this.contentId = contentId;
    }

    /** The zip {@code file} itself. */
    static CoreArchive of(File file) throws IOException {
        RandomAccessFile reader = new RandomAccessFile(file, "r");
        try {
            CRC32 directoryCrc = new CRC32();
            Map<String, Entry> entries = readCentralDirectory(reader, 0, reader.length(), directoryCrc);
            return new CoreArchive(file, reader, 0, entries, directoryCrc.getValue());
        } catch (IOException | RuntimeException unreadable) {
            reader.close();
            throw unreadable;
        }
    }

    /**
     * The zip stored (uncompressed) as {@code entryName} inside the zip {@code file}, or {@code null} when it is not
     * there or is compressed (then it has to be unpacked first).
     */
    static CoreArchive nestedIn(File file, String entryName) throws IOException {
        RandomAccessFile reader = new RandomAccessFile(file, "r");
        try {
            CRC32 directoryCrc = new CRC32();
            CoreArchive outer =
                    new CoreArchive(file, reader, 0, readCentralDirectory(reader, 0, reader.length(), new CRC32()), 0);
            Entry nested = outer.entries.get(entryName);
            if (nested == null || nested.method != STORED) {
                reader.close();
                return null;
            }
            long start = outer.dataStart(nested);
            Map<String, Entry> entries = readCentralDirectory(reader, start, nested.size, directoryCrc);
            return new CoreArchive(file, reader, start, entries, directoryCrc.getValue());
        } catch (IOException | RuntimeException unreadable) {
            reader.close();
            throw unreadable;
        }
    }

    File file() {
        return file;
    }

    /**
     * A checksum of the archive's central directory (every entry's name, checksum and size): it changes whenever
     * any class in the archive does, and costs nothing to read.
     */
    long contentId() {
        return contentId;
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** The entry's content, or {@code null} when there is no such entry. */
    byte[] read(String name) throws IOException {
        Entry entry = entries.get(name);
        if (entry == null) {
            return null;
        }
        byte[] stored = readInOneGo(entry);
        if (stored == null) {
            stored = new byte[entry.compressedSize];
            long at = dataStart(entry);
            synchronized (reader) {
                reader.seek(at);
                reader.readFully(stored);
            }
        }
        if (entry.method == STORED) {
            return stored;
        }
        return inflate(name, stored, entry.size);
    }

    /**
     * The entry's stored bytes with one read of its local header and data together (a class is read as the
     * application starts: the read calls count), or {@code null} when the local header is not as long as predicted.
     */
    private byte[] readInOneGo(Entry entry) throws IOException {
        byte[] both = new byte[entry.expectedHeaderLength + entry.compressedSize];
        synchronized (reader) {
            reader.seek(start + entry.localHeader);
            reader.readFully(both);
        }
        if (u4(both, 0) != LOCAL_HEADER) {
            throw new IOException("corrupt entry in " + file);
        }
        if (30 + u2(both, 26) + u2(both, 28) != entry.expectedHeaderLength) {
            return null;
        }
        return Arrays.copyOfRange(both, entry.expectedHeaderLength, both.length);
    }

    private long dataStart(Entry entry) throws IOException {
        byte[] header = new byte[30];
        synchronized (reader) {
            reader.seek(start + entry.localHeader);
            reader.readFully(header);
        }
        if (u4(header, 0) != LOCAL_HEADER) {
            throw new IOException("corrupt entry in " + file);
        }
        return start + entry.localHeader + 30 + u2(header, 26) + u2(header, 28);
    }

    private static byte[] inflate(String name, byte[] compressed, int size) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            byte[] content = new byte[size];
            int done = 0;
            while (done < size && !inflater.finished()) {
                int n = inflater.inflate(content, done, size - done);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                done += n;
            }
            if (done != size) {
                throw new IOException("corrupt entry " + name);
            }
            return content;
        } catch (DataFormatException corrupt) {
            throw new IOException("corrupt entry " + name + ": " + corrupt.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** The entries of the zip that occupies {@code length} bytes from {@code start} of the file. */
    private static Map<String, Entry> readCentralDirectory(
            RandomAccessFile reader, long start, long length, CRC32 directoryCrc) throws IOException {
        int tailLength = (int) Math.min(length, 22 + MAX_COMMENT);
        byte[] tail = new byte[tailLength];
        reader.seek(start + length - tailLength);
        reader.readFully(tail);
        int end = -1;
        for (int at = tailLength - 22; at >= 0; at--) {
            if (u4(tail, at) == END_OF_CENTRAL_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            throw new IOException("not a zip file (no end of central directory)");
        }
        int count = u2(tail, end + 10);
        long directorySize = u4(tail, end + 12) & 0xFFFFFFFFL;
        long directoryOffset = u4(tail, end + 16) & 0xFFFFFFFFL;
        if (count == 0xFFFF || directoryOffset + directorySize > length) {
            throw new IOException("unsupported zip file (zip64 or corrupt)");
        }
        byte[] directory = new byte[(int) directorySize];
        reader.seek(start + directoryOffset);
        reader.readFully(directory);
        directoryCrc.update(directory, 0, directory.length);
        Map<String, Entry> entries = new HashMap<String, Entry>(count * 2);
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (u4(directory, at) != CENTRAL_DIRECTORY_ENTRY) {
                throw new IOException("corrupt central directory");
            }
            int method = u2(directory, at + 10);
            int compressedSize = u4(directory, at + 20);
            int size = u4(directory, at + 24);
            int nameLength = u2(directory, at + 28);
            int extraLength = u2(directory, at + 30);
            int commentLength = u2(directory, at + 32);
            long localHeader = u4(directory, at + 42) & 0xFFFFFFFFL;
            // One bulk decode per name: a loop over its bytes, interpreted this early, cost ~10 ms for the core's
            // names.
            String name = new String(directory, at + 46, nameLength, UTF_8);
            if ((method == STORED || method == DEFLATED) && compressedSize >= 0 && size >= 0) {
                entries.put(name, new Entry(method, compressedSize, size, localHeader, 30 + nameLength + extraLength));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static int u2(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int u4(byte[] bytes, int at) {
        return u2(bytes, at) | u2(bytes, at + 2) << 16;
    }
}
