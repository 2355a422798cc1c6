package dev.miniospring.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.miniospring.MinioException;
import dev.miniospring.MinioTransportException;

/**
 * Writes a download into a temporary file next to its target
 * ({@code .minio-<number>.part}), moved into place only when the download is complete,
 * and deleted otherwise: the target is never created or replaced by a failed download.
 */
final class DownloadFiles {

    /**
     * The start of the names of the temporary files of downloads: short, so that a target
     * name of up to 255 bytes still fits.
     */
    private static final String TEMPORARY_PREFIX = ".minio-";

    private DownloadFiles() {
    }

    /**
     * Writes a file through a temporary file, creating missing parent directories.
     * @param target the absolute target, replaced when it exists
     * @param writer writes and checks the temporary file; the target is left alone when
     * it throws
     * @throws IOException when the file cannot be written or the writer fails
     */
    static void write(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), TEMPORARY_PREFIX, ".part");
        try {
            writer.write(temporary);
            move(temporary, target);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException ex) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Returns the exception of a download that failed on the file or the connection,
     * naming the object and file.
     * @param failure an {@link IOException} or a {@link MinioTransportException}
     */
    static MinioException failure(String bucket, String key, Path file, Exception failure) {
        String message = "Could not download " + bucket + "/" + key + " to " + file + ": " + failure.getMessage();
        return (failure instanceof MinioTransportException) ? new MinioTransportException(message, failure)
                : new MinioException(message, failure);
    }

    /**
     * Writes the temporary file of a download.
     */
    @FunctionalInterface
    interface Writer {

        /**
         * Writes the file and checks that it holds the whole download.
         * @param temporary the empty temporary file
         * @throws IOException when it cannot be written or is incomplete
         */
        void write(Path temporary) throws IOException;

    }

}
