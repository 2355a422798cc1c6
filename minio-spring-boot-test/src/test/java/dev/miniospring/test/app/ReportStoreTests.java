package dev.miniospring.test.app;

import org.junit.jupiter.api.Test;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.autoconfigure.MinioConnectionDetails;
import dev.miniospring.bucket.Bucket;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.AutoConfigureEmbeddedS3;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A user's test: the application's {@link ReportStore} against a real S3 server started
 * for the test context.
 */
@SpringBootTest
@AutoConfigureEmbeddedS3(buckets = { "reports", "archive" })
class ReportStoreTests {

    @Autowired
    private ReportStore store;

    @Autowired
    private MinioOperations minio;

    @Autowired
    private MinioConnectionDetails connectionDetails;

    @Test
    void savedReportIsReadBack() {
        this.store.save("2026/q3.txt", "revenue: 42");
        assertThat(this.store.read("reports", "2026/q3.txt")).isEqualTo("revenue: 42");
    }

    @Test
    void archivedReportMovesToTheArchiveBucket() {
        this.store.save("2025/q4.txt", "revenue: 41");
        this.store.archive("2025/q4.txt");
        assertThat(this.store.read("archive", "2025/q4.txt")).isEqualTo("revenue: 41");
        assertThat(this.minio.listObjects("reports", "2025/", true)).isEmpty();
    }

    @Test
    void declaredBucketsExist() {
        assertThat(this.minio.listBuckets()).map(Bucket::name).containsExactlyInAnyOrder("reports", "archive");
    }

    @Test
    void serverRunsOnLoopbackAndVerifiesSignatures() {
        assertThat(this.connectionDetails.endpoint()).startsWith("http://127.0.0.1:");
        MinioTemplate wrongKey = MinioTemplate.builder()
            .endpoint(this.connectionDetails.endpoint())
            .credentials(this.connectionDetails.accessKey(), "not-the-secret-key")
            .region("us-east-1")
            .build();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(wrongKey::listBuckets)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch"));
    }

    @Test
    void secretKeyIsNotInTheConnectionDetailsToString() {
        assertThat(this.connectionDetails.toString()).doesNotContain(this.connectionDetails.secretKey())
            .contains(this.connectionDetails.endpoint());
    }

}
