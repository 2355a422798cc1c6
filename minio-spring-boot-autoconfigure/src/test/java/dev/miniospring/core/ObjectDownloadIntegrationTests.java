package dev.miniospring.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.miniospring.MinioTransportException;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.object.DownloadOptions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.FaultyRequestFactory;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parallel ranged downloads against the real servers: a multipart object downloaded
 * byte-exact in ranges, an SSE-C object on Ceph RGW, and an existing target replaced only
 * by a download that succeeds.
 */
@S3ServerTest
class ObjectDownloadIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final int SIZE = 20 * MIB;

    private String bucket;

    @TempDir
    private Path directory;

    @BeforeEach
    void setUp(S3TestServer server) {
        MinioTemplate template = template(server, objectGets(0));
        this.bucket = UniqueBucketNames.unique("download");
        template.makeBucket(this.bucket);
        template.putObject(this.bucket, "big", new GeneratedInputStream(SIZE), SIZE);
    }

    @Test
    void multipartObjectIsDownloadedByteExactInRanges(S3TestServer server) throws IOException {
        FaultyRequestFactory gets = countingGets();
        Path target = this.directory.resolve("big.bin");
        StatObjectResponse stat = template(server, gets).fgetObject(this.bucket, "big", target);
        assertThat(stat.size()).isEqualTo(SIZE);
        assertThat(gets.matched()).isEqualTo(5);
        try (var content = Files.newInputStream(target)) {
            assertThat(content).hasSameContentAs(new GeneratedInputStream(SIZE));
        }
        assertThat(entries()).containsExactly(target);
    }

    @Test
    void existingTargetIsReplacedOnlyOnSuccess(S3TestServer server) throws IOException {
        Path target = Files.writeString(this.directory.resolve("big.bin"), "the user's own data");
        FaultyRequestFactory failingOneRange = objectGets(1);
        assertThatExceptionOfType(MinioTransportException.class)
            .isThrownBy(() -> template(server, failingOneRange).fgetObject(this.bucket, "big", target))
            .withMessageContaining("Could not download " + this.bucket + "/big to " + target);
        assertThat(target).hasContent("the user's own data");
        assertThat(entries()).containsExactly(target);
        template(server, countingGets()).fgetObject(this.bucket, "big", target);
        assertThat(Files.size(target)).isEqualTo(SIZE);
        assertThat(entries()).containsExactly(target);
    }

    @Test
    void customerKeyObjectIsDownloadedInRanges(S3TestServer server) throws IOException {
        ServerQuirks.assumeNotS3Proxy(server, "S3Proxy does not implement server-side encryption");
        CustomerKey key = ServerSideEncryption.customerKey(new byte[32]);
        FaultyRequestFactory gets = countingGets();
        MinioTemplate template = template(server, gets);
        template.putObject(this.bucket, "sealed", new GeneratedInputStream(9 * MIB), 9 * MIB,
                PutObjectOptions.none().withEncryption(key));
        Path target = this.directory.resolve("sealed.bin");
        template.downloadObject(this.bucket, "sealed", target,
                DownloadOptions.of(GetObjectOptions.none().withCustomerKey(key)).withConcurrency(2));
        assertThat(gets.matched()).isEqualTo(3);
        try (var content = Files.newInputStream(target)) {
            assertThat(content).hasSameContentAs(new GeneratedInputStream(9 * MIB));
        }
    }

    private static MinioTemplate template(S3TestServer server, FaultyRequestFactory requests) {
        return S3ServerExtension.templateBuilder(server)
            .requestFactory(requests)
            .retryPolicy(RetryPolicy.none())
            .allowCustomerKeysOverHttp(true)
            .partSize(5 * MIB)
            .downloadPartSize(4 * MIB)
            .downloadConcurrency(3)
            .build();
    }

    private static FaultyRequestFactory countingGets() {
        return objectGets(0);
    }

    /**
     * Counts the GETs of objects (not GetBucketLocation), failing the first
     * {@code failures} of them.
     */
    private static FaultyRequestFactory objectGets(int failures) {
        return new FaultyRequestFactory(new JdkClientHttpRequestFactory(),
                (method, uri) -> method == HttpMethod.GET && uri.getRawQuery() == null, failures);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(this.directory)) {
            return files.toList();
        }
    }

}
