package dev.miniospring.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code java.io.tmpdir} of one child JVM: a fresh temporary directory, deleted with
 * everything in it when closed, so that what the child leaves there (such as the
 * {@code tomcat.*} directories of an embedded Tomcat) does not pile up in the machine's
 * temporary directory.
 */
public final class ChildTempDirectory implements Closeable {

    private final Path path;

    private ChildTempDirectory(Path path) {
        this.path = path;
    }

    /**
     * Creates the directory in this JVM's temporary directory.
     * @return the directory
     * @throws IOException when it cannot be created
     */
    public static ChildTempDirectory create() throws IOException {
        return new ChildTempDirectory(Files.createTempDirectory("minio-bench-child-"));
    }

    /**
     * Returns the JVM option that makes it the child's temporary directory.
     * @return the {@code -Djava.io.tmpdir=...} option
     */
    public String jvmOption() {
        return "-Djava.io.tmpdir=" + this.path;
    }

    /**
     * Returns the directory.
     * @return its path
     */
    public Path path() {
        return this.path;
    }

    /**
     * Deletes the directory and everything in it; call it once the child has ended.
     * @throws IOException when something in it cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!Files.exists(this.path)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(this.path)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
    }

}
