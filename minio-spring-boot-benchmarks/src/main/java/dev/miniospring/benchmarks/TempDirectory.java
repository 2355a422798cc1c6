package dev.miniospring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * A temporary directory deleted with its content on close or, at the latest, when the JVM
 * exits (also when a run is interrupted): the benchmark's files are large and the disk is
 * shared.
 */
public final class TempDirectory implements AutoCloseable {

    private final Path path;

    private final Thread shutdownHook;

    private TempDirectory(Path path) {
        this.path = path;
        this.shutdownHook = new Thread(this::delete, "delete-" + path.getFileName());
        Runtime.getRuntime().addShutdownHook(this.shutdownHook);
    }

    /**
     * Creates a directory in the system's temporary directory.
     * @param prefix the start of its name
     * @return the directory
     * @throws IOException when it cannot be created
     */
    public static TempDirectory create(String prefix) throws IOException {
        return new TempDirectory(Files.createTempDirectory(prefix));
    }

    /**
     * Returns the directory.
     * @return the path
     */
    public Path path() {
        return this.path;
    }

    /**
     * Deletes the directory and its content.
     */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
        }
        catch (IllegalStateException ex) {
            // the JVM is shutting down and runs the hook itself
        }
    }

    private void delete() {
        try {
            FileSystemUtils.deleteRecursively(this.path);
        }
        catch (IOException ex) {
            System.err.println("Could not delete " + this.path + ": " + ex.getMessage());
        }
    }

}
