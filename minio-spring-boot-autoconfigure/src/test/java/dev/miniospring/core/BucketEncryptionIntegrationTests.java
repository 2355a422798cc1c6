package dev.miniospring.core;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.BucketEncryption;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bucket default encryption on Ceph RGW 16.2, which does not implement it:
 * {@code GET ?encryption} answers a plain ListObjects (200 {@code <ListBucketResult>}),
 * which the template refuses instead of reading it as "no encryption",
 * {@code PUT ?encryption} answers 400 {@code InvalidArgument}, and
 * {@code DELETE ?encryption} deletes the bucket (204), which the template's read-first
 * guard prevents. The request shapes are tested on WireMock
 * ({@link BucketEncryptionTests}).
 */
@CephRgwTest
class BucketEncryptionIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("sse");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void getAnsweredWithAListingFailsClosed() {
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getBucketEncryption(this.bucket))
            .withMessageContaining("expected root element <ServerSideEncryptionConfiguration>,")
            .withMessageContaining("found <ListBucketResult>");
    }

    @Test
    void deleteFailsClosedAndLeavesTheBucket() {
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.deleteBucketEncryption(this.bucket))
            .withMessageContaining("found <ListBucketResult>");
        assertThat(this.template.bucketExists(this.bucket)).isTrue();
    }

    @Test
    void setIsRefusedAsAnInvalidArgument() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.setBucketEncryption(this.bucket, BucketEncryption.sseS3()))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(400);
                assertThat(ex.code()).isEqualTo("InvalidArgument");
            });
    }

}
