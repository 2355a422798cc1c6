package dev.miniospring.test.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.miniospring.core.MinioOperations;

import org.springframework.stereotype.Service;

/**
 * Stores text reports in the {@code reports} bucket and moves old ones to the
 * {@code archive} bucket.
 */
@Service
class ReportStore {

    private final MinioOperations minio;

    ReportStore(MinioOperations minio) {
        this.minio = minio;
    }

    void save(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        this.minio.putObject("reports", name, new ByteArrayInputStream(bytes), bytes.length);
    }

    String read(String bucket, String name) {
        try (InputStream in = this.minio.getObject(bucket, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void archive(String name) {
        this.minio.copyObject("archive", name, "reports/" + name);
        this.minio.removeObject("reports", name);
    }

}
