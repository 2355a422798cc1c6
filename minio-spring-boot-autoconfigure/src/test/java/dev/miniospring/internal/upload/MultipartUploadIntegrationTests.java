package dev.miniospring.internal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.miniospring.MinioException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.transport.SigningClientHttpRequestFactory;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.test.ForkedJvm;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Multipart uploads against a real, signature-verifying S3 server (S3Proxy; Ceph RGW too
 * with -Pceph), with 5 MiB parts.
 */
@S3ServerTest
class MultipartUploadIntegrationTests {

    private static final int MIB = 1024 * 1024;

    private static final int SIZE = 11 * MIB;

    private S3TestServer server;

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).partSize(5 * MIB).uploadConcurrency(3).build();
        this.bucket = UniqueBucketNames.unique("multipart");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void knownLengthUploadUsesThreeParts() throws IOException {
        this.template.putObject(this.bucket, "known/11mib.bin", new GeneratedInputStream(SIZE), SIZE,
                "application/x-test", Map.of("kind", "known länge"));
        StatObjectResponse stat = this.template.statObject(this.bucket, "known/11mib.bin");
        assertThat(stat.etag()).endsWith("-3");
        assertThat(stat.size()).isEqualTo(SIZE);
        assertThat(stat.contentType()).isEqualTo("application/x-test");
        assertThat(stat.userMetadata()).containsEntry("kind", "known länge");
        assertContent("known/11mib.bin", SIZE);
    }

    @Test
    void unknownLengthUploadUsesThreeParts() throws IOException {
        this.template.putObject(this.bucket, "unknown 11 MiB.bin", new GeneratedInputStream(SIZE), -1);
        StatObjectResponse stat = this.template.statObject(this.bucket, "unknown 11 MiB.bin");
        assertThat(stat.etag()).endsWith("-3");
        assertThat(stat.size()).isEqualTo(SIZE);
        assertContent("unknown 11 MiB.bin", SIZE);
    }

    @Test
    void unknownLengthOfExactlyOnePartIsCompletedWithOnePart() throws IOException {
        this.template.putObject(this.bucket, "one-part", new GeneratedInputStream(5 * MIB), -1);
        assertThat(this.template.statObject(this.bucket, "one-part").etag()).endsWith("-1");
        assertContent("one-part", 5 * MIB);
    }

    @Test
    void completedUploadAnswersTheObjectsMultipartETag() {
        ObjectWriteResponse known = this.template.putObject(this.bucket, "known", new GeneratedInputStream(SIZE), SIZE);
        ObjectWriteResponse unknown = this.template.putObject(this.bucket, "unknown", new GeneratedInputStream(SIZE),
                -1);
        ObjectWriteResponse onePart = this.template.putObject(this.bucket, "one-part",
                new GeneratedInputStream(5 * MIB), -1);
        assertThat(known.etag()).endsWith("-3").isEqualTo(this.template.statObject(this.bucket, "known").etag());
        assertThat(unknown.etag()).endsWith("-3").isEqualTo(this.template.statObject(this.bucket, "unknown").etag());
        assertThat(onePart.etag()).endsWith("-1").isEqualTo(this.template.statObject(this.bucket, "one-part").etag());
    }

    @Test
    void smallUnknownLengthUploadIsASinglePut() {
        ObjectWriteResponse put = this.template.putObject(this.bucket, "small",
                new ByteArrayInputStream("tiny".getBytes(StandardCharsets.UTF_8)), -1);
        assertThat(put.etag()).doesNotContain("-");
        assertThat(this.template.statObject(this.bucket, "small").size()).isEqualTo(4);
    }

    @Test
    void readFailureMidwayAbortsTheUpload() {
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(
                    () -> this.template.putObject(this.bucket, "failing", new GeneratedInputStream(SIZE, 7 * MIB), -1))
            .withMessageContaining("Simulated read failure");
        assertThat(this.template.objectExists(this.bucket, "failing")).isFalse();
        assertThat(inProgressUploads()).doesNotContain("<Key>failing</Key>");
    }

    @Test
    void errorThrownByTheDataAbortsTheUpload() {
        InputStream failing = new GeneratedInputStream(SIZE, 7 * MIB,
                () -> new AssertionError("Simulated error in the data source"));
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "error", failing, -1))
            .withMessage("Simulated error in the data source");
        assertThat(this.template.objectExists(this.bucket, "error")).isFalse();
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
    }

    @Test
    void errorThrownInAPartUploadAbortsTheUpload() {
        ProgressListener failing = (progress) -> {
            if (progress.completedParts() > 0) {
                throw new AssertionError("Simulated error in a part upload thread");
            }
        };
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "part-error", new GeneratedInputStream(SIZE), SIZE,
                    null, null, failing))
            .withMessage("Simulated error in a part upload thread");
        assertThat(this.template.objectExists(this.bucket, "part-error")).isFalse();
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
    }

    @Test
    void shortStreamOfKnownLengthAbortsTheUpload() {
        assertThatExceptionOfType(MinioException.class)
            .isThrownBy(() -> this.template.putObject(this.bucket, "short", new GeneratedInputStream(7 * MIB), SIZE))
            .withMessageContaining("ended after " + 7 * MIB + " of its declared " + SIZE + " bytes");
        assertThat(this.template.objectExists(this.bucket, "short")).isFalse();
        assertThat(inProgressUploads()).doesNotContain("<Key>short</Key>");
    }

    @Test
    void inProgressUploadsAreVisibleInTheListing() {
        transport().execute(
                S3Request.builder(HttpMethod.POST).bucket(this.bucket).key("pending").query("uploads", "").build());
        assertThat(inProgressUploads()).contains("<Key>pending</Key>");
    }

    @Test
    void uploadIn96MibHeapOfForkedJvm() throws IOException, InterruptedException {
        uploadInForkedJvm(8L * MIB, "forked/256mib");
    }

    @Test
    void uploadWithDefaultPartSizeAndConcurrencyIn96MibHeapOfForkedJvm() throws IOException, InterruptedException {
        uploadInForkedJvm(UploadSettings.DEFAULT_PART_SIZE, "forked/256mib-default");
    }

    @Test
    void eightConcurrentUploadsShareTheBufferMemoryOfA256MibHeapInAForkedJvm() throws Exception {
        int count = 8;
        long size = 40L * MIB;
        ForkedJvm.run("-Xmx256m", ForkedConcurrentUploadsMain.class, this.server.endpoint().toString(),
                this.server.accessKey(), this.server.secretKey(), this.bucket, Integer.toString(count),
                Long.toString(size));
        for (int i = 0; i < count; i++) {
            assertThat(this.template.statObject(this.bucket, "concurrent/" + i).size()).isEqualTo(size);
        }
        assertThat(this.template.listIncompleteUploads(this.bucket, null, true)).isEmpty();
    }

    private void uploadInForkedJvm(long partSize, String key) throws IOException, InterruptedException {
        long size = 256L * MIB;
        ForkedJvm.run("-Xmx96m", ForkedUploadMain.class, this.server.endpoint().toString(), this.server.accessKey(),
                this.server.secretKey(), this.bucket, key, Long.toString(size), Long.toString(partSize),
                Integer.toString(UploadSettings.DEFAULT_CONCURRENCY));
        assertThat(this.template.statObject(this.bucket, key).size()).isEqualTo(size);
        for (long offset : new long[] { 0, 8L * MIB - 3, 200L * MIB + 12345, size - 1000 }) {
            try (GetObjectResponse range = this.template.getPartialObject(this.bucket, key, offset, 1000)) {
                assertThat(range.readAllBytes()).containsExactly(GeneratedInputStream.bytes(offset, 1000));
            }
        }
    }

    private void assertContent(String key, int size) throws IOException {
        try (GetObjectResponse object = this.template.getObject(this.bucket, key)) {
            assertThat(object.readAllBytes()).containsExactly(GeneratedInputStream.bytes(0, size));
        }
    }

    private String inProgressUploads() {
        S3Request request = S3Request.builder(HttpMethod.GET).bucket(this.bucket).query("uploads", "").build();
        return transport().execute(request, (response) -> {
            try (InputStream body = response.getBody()) {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    private S3Transport transport() {
        MinioCredentials credentials = new MinioCredentials(this.server.accessKey(), this.server.secretKey());
        RestClient restClient = RestClient.builder()
            .requestFactory(new SigningClientHttpRequestFactory(new JdkClientHttpRequestFactory(),
                    new AwsV4RequestSigner(), credentials))
            .build();
        return new S3Transport(restClient, S3Endpoint.of(this.server.endpoint().toString(), AddressingStyle.PATH),
                "us-east-1");
    }

}
