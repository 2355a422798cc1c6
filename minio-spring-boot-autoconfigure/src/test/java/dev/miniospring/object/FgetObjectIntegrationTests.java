package dev.miniospring.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.FaultyRequestFactory;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@code fgetObject} checks its target before sending anything and writes through a
 * temporary file whose name fits wherever the target's does, against a real S3 server
 * (S3Proxy).
 */
@ExtendWith(S3ProxyExtension.class)
class FgetObjectIntegrationTests {

    private static final byte[] CONTENT = "downloaded content".getBytes();

    private final FaultyRequestFactory requests = new FaultyRequestFactory(new JdkClientHttpRequestFactory(),
            (method, uri) -> true, 0);

    private MinioTemplate template;

    private String bucket;

    @TempDir
    private Path directory;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.template = S3ProxyExtension.templateBuilder(server).requestFactory(this.requests).build();
        this.bucket = UniqueBucketNames.unique("fget");
        this.template.makeBucket(this.bucket);
        this.template.putObject(this.bucket, "key", new ByteArrayInputStream(CONTENT), CONTENT.length);
    }

    @Test
    void targetNameOf255BytesFits() throws IOException {
        Path target = this.directory.resolve("n".repeat(255));
        this.template.fgetObject(this.bucket, "key", target);
        assertThat(target).hasBinaryContent(CONTENT);
        assertThat(entries(this.directory)).containsExactly(target);
    }

    @Test
    void missingParentDirectoriesAreCreated() {
        Path target = this.directory.resolve("a/b/c.bin");
        this.template.fgetObject(this.bucket, "key", target);
        assertThat(target).hasBinaryContent(CONTENT);
    }

    @Test
    void parentThatIsARegularFileIsRefusedBeforeAnyRequest() throws IOException {
        Path file = Files.writeString(this.directory.resolve("file"), "keep");
        int sent = this.requests.matched();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.fgetObject(this.bucket, "key", file.resolve("sub/download.bin")))
            .withMessageContaining("'file' ")
            .withMessageContaining(file + " is not a directory");
        assertThat(this.requests.matched()).isEqualTo(sent);
        assertThat(file).hasContent("keep");
        assertThat(entries(this.directory)).containsExactly(file);
    }

    @Test
    void directoryAsTargetIsRefusedBeforeAnyRequest() throws IOException {
        Path occupied = Files.createDirectories(this.directory.resolve("occupied"));
        int sent = this.requests.matched();
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.fgetObject(this.bucket, "key", occupied))
            .withMessageContaining("'file' " + occupied + " is a directory");
        assertThat(this.requests.matched()).isEqualTo(sent);
        assertThat(entries(occupied)).isEmpty();
    }

    @Test
    void readOnlyDirectoryIsRefusedBeforeAnyRequest() throws IOException {
        Path readOnly = Files.createDirectories(this.directory.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(readOnly), "the test runs as a user that can write anywhere (root)");
        int sent = this.requests.matched();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.fgetObject(this.bucket, "key", readOnly.resolve("download.bin")))
            .withMessageContaining("is not writable");
        assertThat(this.requests.matched()).isEqualTo(sent);
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }

}
