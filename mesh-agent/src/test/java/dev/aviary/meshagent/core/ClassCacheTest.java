package dev.aviary.meshagent.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassCacheTest {

    private static final String NAME = "com/example/Client";
    private static final byte[] ORIGINAL = "original class file".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHANGED = "changed class file".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path base;

    @TempDir
    Path library;

    private final BitSet nominees = new BitSet();
    private final List<String> problems = new ArrayList<>();
    private ClassCache cache;
    private URLClassLoader loader;

    @BeforeEach
    void openCacheAndLibrary() throws IOException {
        nominees.set(3);
        cache = ClassCache.open(base.toFile(), "agent 1|jvm 17|[okhttp]", problems);
        writeLibraryClass("com/example/Base", "base v1");
        loader = new URLClassLoader(new URL[] {library.toUri().toURL()}, null);
    }

    @Test
    void servesWhatWasKeptWhileTheClassesItDependedOnAreUnchanged() throws IOException {
        assertThat(problems).isEmpty();
        assertThat(cache.isEmpty()).isTrue();
        keep(dependencies("com.example.Base", "com.example.Missing"));

        ClassCache.Entry kept = lookup(ORIGINAL, nominees);

        assertThat(cache.isEmpty()).isFalse();
        assertThat(kept).isNotNull();
        assertThat(kept.classFile).isEqualTo(CHANGED);
        assertThat(kept.helperModules).containsExactly("okhttp");
        assertThat(kept.reports).containsExactly("instrumentation okhttp did something");
        assertThat(ClassCache.open(base.toFile(), "agent 1|jvm 17|[okhttp]", problems)
                        .directory())
                .as("the same fingerprint, the same directory")
                .isEqualTo(cache.directory());
    }

    @Test
    void servesNothingForAnotherClassFileOrOtherInstrumentations() throws IOException {
        keep(dependencies("com.example.Base"));
        BitSet others = new BitSet();
        others.set(4);

        assertThat(lookup("another version".getBytes(StandardCharsets.UTF_8), nominees))
                .isNull();
        assertThat(lookup(ORIGINAL, others)).isNull();
    }

    @Test
    void servesNothingOnceAClassItDependedOnChangedOrAppeared() throws IOException {
        keep(dependencies("com.example.Base", "com.example.Missing"));

        writeLibraryClass("com/example/Base", "base v2");
        assertThat(lookup(ORIGINAL, nominees)).as("a supertype changed").isNull();

        writeLibraryClass("com/example/Base", "base v1");
        assertThat(lookup(ORIGINAL, nominees)).as("back as it was").isNotNull();

        writeLibraryClass("com/example/Missing", "now here");
        assertThat(lookup(ORIGINAL, nominees))
                .as("a class that was missing appeared")
                .isNull();
    }

    @Test
    void anotherAgentOrJvmHasADirectoryOfItsOwn() {
        ClassCache other = ClassCache.open(base.toFile(), "agent 2|jvm 17|[okhttp]", problems);

        assertThat(other.directory()).isNotEqualTo(cache.directory());
        assertThat(other.directory().getParentFile())
                .isEqualTo(cache.directory().getParentFile());
    }

    @Test
    void ignoresAnEntryThatWasDamaged() throws IOException {
        keep(dependencies("com.example.Base"));
        File entry = new File(cache.directory(), ClassCache.keyOf(NAME, nominees, ORIGINAL));
        byte[] stored = Files.readAllBytes(entry.toPath());
        stored[stored.length / 2] ^= 0x20;
        Files.write(entry.toPath(), stored);

        assertThat(lookup(ORIGINAL, nominees)).isNull();

        Files.write(entry.toPath(), new byte[] {1, 2, 3});
        assertThat(lookup(ORIGINAL, nominees)).isNull();
    }

    @Test
    void entriesNotServedForThirtyDaysAreRemovedWhenTheDirectoryIsNextOpened() throws IOException {
        keep(dependencies("com.example.Base"));
        File served = new File(cache.directory(), ClassCache.keyOf(NAME, nominees, ORIGINAL));
        File unused = new File(cache.directory(), ClassCache.keyOf("com/example/Old", nominees, ORIGINAL));
        Files.copy(served.toPath(), unused.toPath());
        long now = System.currentTimeMillis();
        assertThat(unused.setLastModified(now - TimeUnit.DAYS.toMillis(31))).isTrue();
        assertThat(served.setLastModified(now - TimeUnit.DAYS.toMillis(29))).isTrue();

        assertThat(lookup(ORIGINAL, nominees)).isNotNull();
        assertThat(now - served.lastModified())
                .as("serving an entry marks it used")
                .isLessThan(TimeUnit.HOURS.toMillis(1));
        assertThat(cache.directory().setLastModified(now - TimeUnit.DAYS.toMillis(2)))
                .isTrue();
        ClassCache reopened = ClassCache.open(base.toFile(), "agent 1|jvm 17|[okhttp]", problems);

        assertThat(reopened.directory()).isEqualTo(cache.directory());
        assertThat(unused).doesNotExist();
        assertThat(served).exists();
        assertThat(lookup(ORIGINAL, nominees)).isNotNull();
    }

    @Test
    void isNotUsedInADirectoryOtherUsersCanWrite() throws IOException {
        Path shared = base.resolve("shared");
        Files.createDirectories(shared.resolve("classes"));
        Files.setPosixFilePermissions(shared.resolve("classes"), PosixFilePermissions.fromString("rwxrwxrwx"));

        List<String> reasons = new ArrayList<>();
        assertThat(ClassCache.open(shared.toFile(), "agent 1", reasons)).isNull();
        assertThat(reasons).singleElement().asString().endsWith("can be written by other users");
    }

    @Test
    void createsItsDirectoryForItsUserAlone() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(base.resolve("classes"))))
                .isEqualTo("rwx------");
    }

    private void keep(Map<String, String> dependencies) {
        Transformation outcome = new Transformation(
                CHANGED, List.of("okhttp"), dependencies, List.of("instrumentation okhttp did something"), true);
        cache.store(ClassCache.keyOf(NAME, nominees, ORIGINAL), NAME, nominees, outcome);
    }

    private ClassCache.Entry lookup(byte[] classFile, BitSet instrumentations) {
        return cache.lookup(ClassCache.keyOf(NAME, instrumentations, classFile), NAME, instrumentations, loader);
    }

    /** The classes' digests as the library has them now ({@code null} for a class it does not have). */
    private Map<String, String> dependencies(String... names) throws IOException {
        Map<String, String> dependencies = ClassCache.newDependencies();
        for (String name : names) {
            Path file = library.resolve(name.replace('.', '/') + ".class");
            dependencies.put(name, Files.exists(file) ? ClassCache.digest(Files.readAllBytes(file)) : null);
        }
        return dependencies;
    }

    private void writeLibraryClass(String internalName, String content) throws IOException {
        Path file = library.resolve(internalName + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
