package dev.miniospring.test.app;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.core.MinioOperations;
import dev.miniospring.test.AutoConfigureEmbeddedS3;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other buckets, other context: this class gets its own server, holding only its own
 * bucket.
 */
@SpringBootTest
@AutoConfigureEmbeddedS3(buckets = "audit")
class ReportAuditTests {

    @Autowired
    private MinioOperations minio;

    @Test
    void onlyThisClassesBucketExists() {
        assertThat(this.minio.listBuckets()).map(Bucket::name).containsExactly("audit");
        assertThat(this.minio.bucketExists("reports")).isFalse();
    }

    @Test
    void objectsAreWrittenToThisServer() {
        this.minio.putObject("audit", "entry-1", new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);
        assertThat(this.minio.statObject("audit", "entry-1").size()).isEqualTo(3);
    }

}
