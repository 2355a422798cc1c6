package dev.miniospring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.miniospring.MinioException;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Failing to read the caller's data (a file or a stream) is a {@link MinioException}, or
 * an {@link IllegalArgumentException} for a file that cannot be read before anything is
 * sent, and leaves nothing on a real S3 server (S3Proxy).
 */
@ExtendWith(S3ProxyExtension.class)
class UploadInputFailureIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private ObjectFixtures fixtures;

    private MinioTemplate template;

    private String bucket;

    @TempDir
    private Path directory;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.fixtures = new ObjectFixtures(server);
        this.template = S3ProxyExtension.templateBuilder(server).partSize(5 * MIB).build();
        this.bucket = this.fixtures.newBucket("input");
    }

    @Test
    void fileThatCannotBeOpenedIsAMinioException() {
        ObjectResource objects = new ObjectResource(this.fixtures.transport(), UploadSettings.defaults());
        Path vanished = this.directory.resolve("vanished.bin");
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> objects.putFile(this.bucket, "file", vanished, PutObjectOptions.none()))
            .withMessageContaining("Could not read file " + vanished + " to upload to " + this.bucket + "/file")
            .withMessageContaining("nothing was stored");
        assertNothingStored("file");
    }

    @Test
    void unreadableFileIsRefusedBeforeAnyRequest() throws IOException {
        Path unreadable = Files.writeString(this.directory.resolve("secret.txt"), "secret");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(unreadable), "the test runs as a user that can read anything (root)");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.fputObject(this.bucket, "file", unreadable))
            .withMessageContaining("'file' " + unreadable + " is not a readable regular file");
        assertNothingStored("file");
    }

    @Test
    void streamFailingWithAnUncheckedExceptionIsAMinioException() {
        InputStream failing = new GeneratedInputStream(100, 10, UploadInputFailureIntegrationTests::unchecked);
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "single", failing, 100))
            .withMessageContaining("Could not read the data to upload to " + this.bucket + "/single")
            .withCauseInstanceOf(UncheckedIOException.class);
        assertNothingStored("single");
    }

    @Test
    void streamFailingWithAnUncheckedExceptionMidwayAbortsTheMultipartUpload() {
        InputStream failing = new GeneratedInputStream(20 * MIB, 7 * MIB,
                UploadInputFailureIntegrationTests::unchecked);
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "multi", failing, -1))
            .withCauseInstanceOf(UncheckedIOException.class);
        assertNothingStored("multi");
    }

    private void assertNothingStored(String key) {
        assertThat(this.template.objectExists(this.bucket, key)).isFalse();
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
    }

    private static UncheckedIOException unchecked() {
        return new UncheckedIOException(new IOException("Simulated unchecked read failure"));
    }

}
