package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreArchiveTest {

    private static final byte[] STORED_CONTENT = "stored, read in place".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DEFLATED_CONTENT =
            "deflated, inflated on read; ".repeat(200).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void readsStoredAndDeflatedEntriesOfAZip() throws IOException {
        Path zip = Files.write(directory.resolve("core.jar"), innerZip());

        CoreArchive archive = CoreArchive.of(zip.toFile());

        assertThat(archive.read("a/Stored.class")).isEqualTo(STORED_CONTENT);
        assertThat(archive.read("a/Deflated.class")).isEqualTo(DEFLATED_CONTENT);
        assertThat(archive.contains("a/Missing.class")).isFalse();
        assertThat(archive.read("a/Missing.class")).isNull();
    }

    @Test
    void readsAZipStoredInsideAnotherOneInPlace() throws IOException {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        outer.put("inst/core.jar", innerZip());
        Path agent = Files.write(directory.resolve("agent.jar"), zip(outer, ZipEntry.STORED));

        CoreArchive archive = CoreArchive.nestedIn(agent.toFile(), "inst/core.jar");

        assertThat(archive).isNotNull();
        assertThat(archive.read("a/Stored.class")).isEqualTo(STORED_CONTENT);
        assertThat(archive.read("a/Deflated.class")).isEqualTo(DEFLATED_CONTENT);
        assertThat(archive.file()).isEqualTo(agent.toFile());
    }

    @Test
    void readsAnEntryWhoseLocalHeaderIsLongerThanTheCentralDirectorySays() throws IOException {
        // The local header's extended timestamp holds all three times, the central directory's only the modification.
        ZipEntry timed = storedEntry("a/Timed.class", STORED_CONTENT);
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        timed.setLastModifiedTime(time);
        timed.setLastAccessTime(time);
        timed.setCreationTime(time);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(timed);
            out.write(STORED_CONTENT);
            out.closeEntry();
        }
        Path zip = Files.write(directory.resolve("timed.jar"), bytes.toByteArray());

        assertThat(CoreArchive.of(zip.toFile()).read("a/Timed.class")).isEqualTo(STORED_CONTENT);
    }

    @Test
    void aCompressedOrMissingNestedZipIsNotReadInPlace() throws IOException {
        Path agent = Files.write(
                directory.resolve("agent.jar"), zip(Map.of("inst/core.jar", innerZip()), ZipEntry.DEFLATED));

        assertThat(CoreArchive.nestedIn(agent.toFile(), "inst/core.jar")).isNull();
        assertThat(CoreArchive.nestedIn(agent.toFile(), "inst/other.jar")).isNull();
    }

    @Test
    void aFileThatIsNoZipIsRefusedWithAnError() throws IOException {
        Path notZip = Files.write(directory.resolve("broken.jar"), "not a zip at all".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CoreArchive.of(notZip.toFile()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a zip file");
    }

    private static byte[] innerZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(storedEntry("a/Stored.class", STORED_CONTENT));
            out.write(STORED_CONTENT);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("a/Deflated.class"));
            out.write(DEFLATED_CONTENT);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries, int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(
                        method == ZipEntry.STORED
                                ? storedEntry(entry.getKey(), entry.getValue())
                                : new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ZipEntry storedEntry(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        return entry;
    }
}
