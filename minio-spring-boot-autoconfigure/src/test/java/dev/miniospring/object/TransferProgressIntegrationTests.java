package dev.miniospring.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.FaultyRequestFactory;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress reported by uploads and downloads adds up to the object size, multipart
 * uploads and retried parts included (against S3Proxy; Ceph RGW too with -Pceph).
 */
@S3ServerTest
class TransferProgressIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final int SIZE = 11 * MIB;

    private S3TestServer server;

    private MinioTemplate template;

    private String bucket;

    private final List<TransferProgress> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).partSize(5L * MIB).build();
        this.bucket = UniqueBucketNames.unique("progress");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void singlePutReportsOnceWhenAccepted() {
        this.template.putObject(this.bucket, "small", new ByteArrayInputStream(new byte[1000]), 1000, null, null,
                this.events::add);
        assertThat(this.events).containsExactly(new TransferProgress(this.bucket, "small", 1000, 1000, 0));
    }

    @Test
    void multipartUploadReportsEachPartAndAddsUpToTheSize() {
        this.template.putObject(this.bucket, "big", new ByteArrayInputStream(new byte[SIZE]), -1, null, null,
                this.events::add);
        assertThat(this.events).hasSize(3);
        assertThat(this.events).extracting(TransferProgress::transferredBytes).isSorted();
        assertThat(this.events).last().satisfies((last) -> {
            assertThat(last.transferredBytes()).isEqualTo(SIZE);
            assertThat(last.completedParts()).isEqualTo(3);
            assertThat(last.totalBytes()).isEqualTo(-1);
        });
    }

    @Test
    void retriedPartIsCountedOnce() {
        FaultyRequestFactory failingPart2 = new FaultyRequestFactory(new JdkClientHttpRequestFactory(),
                (method, uri) -> method == HttpMethod.PUT && uri.getRawQuery() != null
                        && uri.getRawQuery().contains("partNumber=2"),
                1);
        MinioTemplate retrying = S3ServerExtension.templateBuilder(this.server)
            .partSize(5L * MIB)
            .requestFactory(failingPart2)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
            .build();
        retrying.putObject(this.bucket, "retried", new ByteArrayInputStream(new byte[SIZE]), SIZE, null, null,
                this.events::add);
        assertThat(failingPart2.injected()).isOne();
        assertThat(this.events).last().satisfies((last) -> {
            assertThat(last.transferredBytes()).isEqualTo(SIZE);
            assertThat(last.totalBytes()).isEqualTo(SIZE);
            assertThat(last.completedParts()).isEqualTo(3);
        });
    }

    @Test
    void downloadReportsAtLeastEveryMibAndAtTheEnd() throws IOException {
        this.template.putObject(this.bucket, "download", new ByteArrayInputStream(new byte[SIZE]), SIZE);
        try (GetObjectResponse object = this.template.getObject(this.bucket, "download", java.util.Map.of(),
                this.events::add)) {
            object.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(this.events).hasSizeGreaterThanOrEqualTo(SIZE / MIB);
        assertThat(this.events).extracting(TransferProgress::transferredBytes).isSorted();
        assertThat(this.events).last().isEqualTo(new TransferProgress(this.bucket, "download", SIZE, SIZE, 0));
    }

    @Test
    void fileTransfersReportTheirSize(@TempDir Path directory) throws IOException {
        Path source = Files.write(directory.resolve("source.bin"), new byte[3 * MIB]);
        this.template.fputObject(this.bucket, "file", source, null, null, this.events::add);
        assertThat(this.events).last().extracting(TransferProgress::transferredBytes).isEqualTo(3L * MIB);
        this.events.clear();
        this.template.fgetObject(this.bucket, "file", directory.resolve("copy.bin"), this.events::add);
        assertThat(this.events).last().extracting(TransferProgress::transferredBytes).isEqualTo(3L * MIB);
        assertThat(Files.size(directory.resolve("copy.bin"))).isEqualTo(3L * MIB);
    }

}
