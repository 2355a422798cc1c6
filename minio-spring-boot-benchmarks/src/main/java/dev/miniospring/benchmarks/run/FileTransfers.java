package dev.miniospring.benchmarks.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.TempDirectory;
import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * The files of the file workloads, in a temporary directory deleted on close: one
 * generated source file for uploads (written on first use) and one download target per
 * client, deleted after each download.
 */
final class FileTransfers implements AutoCloseable {

    private final long size;

    private TempDirectory directory;

    private Path source;

    FileTransfers(long size) {
        this.size = size;
    }

    long size() {
        return this.size;
    }

    Path source() throws IOException {
        if (this.source == null) {
            Path file = directory().resolve("source");
            try (InputStream in = new GeneratedInputStream(this.size)) {
                Files.copy(in, file);
            }
            this.source = file;
        }
        return this.source;
    }

    Path target(BenchClient client) throws IOException {
        return directory().resolve("download-" + Operation.safeName(client));
    }

    void deleteTarget(BenchClient client) throws IOException {
        Files.deleteIfExists(target(client));
    }

    private Path directory() throws IOException {
        if (this.directory == null) {
            this.directory = TempDirectory.create("bench-files");
        }
        return this.directory.path();
    }

    @Override
    public void close() {
        if (this.directory != null) {
            this.directory.close();
        }
    }

}
