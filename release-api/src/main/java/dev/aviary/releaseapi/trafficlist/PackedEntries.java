package dev.aviary.releaseapi.trafficlist;

import dev.aviary.runtime.problem.ApiProblem;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A list version's entries as stored: joined by {@code '\n'}, gzip-compressed. Uploads are packed as
 * they stream in, so a million entries never sit in memory as strings.
 */
record PackedEntries(byte[] gzip, int size) {

    static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_LENGTH = 256;
    /** A text/plain upload larger than this is refused; docs/traffic.md states it. */
    static final long MAX_TEXT_BYTES = 300L * 1024 * 1024;

    /** One entry per line; blank lines are ignored and surrounding whitespace removed. */
    static PackedEntries fromText(InputStream body) {
        Packer packer = new Packer();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new LimitedInput(body, MAX_TEXT_BYTES), StandardCharsets.UTF_8), 1 << 16)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.length() > MAX_LENGTH) {
                    throw ApiProblem.invalid(
                            "entries[" + packer.size + "]",
                            "line " + number + " is longer than " + MAX_LENGTH + " characters");
                }
                if (packer.size == MAX_ENTRIES) {
                    throw ApiProblem.invalid("entries", "must have at most " + MAX_ENTRIES + " entries");
                }
                packer.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packer.packed();
    }

    static PackedEntries of(List<String> entries) {
        Packer packer = new Packer();
        entries.forEach(packer::add);
        return packer.packed();
    }

    List<String> unpack() {
        List<String> entries = new ArrayList<>(size);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gzip)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                entries.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes the entries as text/plain, one per line. */
    void writeTo(OutputStream out) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            in.transferTo(out);
        }
        if (size > 0) {
            out.write('\n');
        }
    }

    private static final class Packer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Writer out;
        private int size;

        Packer() {
            try {
                out = new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(String entry) {
            try {
                if (size > 0) {
                    out.write('\n');
                }
                out.write(entry);
                size++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PackedEntries packed() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new PackedEntries(bytes.toByteArray(), size);
        }
    }
}
