package dev.miniospring.object;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code statObject} and {@code objectExists} tell a missing bucket from a missing key
 * although HEAD answers carry no error code, against a real S3 server (S3Proxy), with the
 * region configured (no GetBucketLocation first) and discovered.
 */
@ExtendWith(S3ProxyExtension.class)
class MissingBucketIntegrationTests {

    private ObjectFixtures objects;

    private MinioTemplate regional;

    private MinioTemplate discovering;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.objects = new ObjectFixtures(server);
        this.regional = S3ProxyExtension.templateBuilder(server).region("us-east-1").build();
        this.discovering = this.objects.template();
    }

    @Test
    void statObjectOnAMissingBucketSaysNoSuchBucket() {
        String bucket = UniqueBucketNames.unique("nobucket");
        for (MinioTemplate template : new MinioTemplate[] { this.regional, this.discovering }) {
            assertThatExceptionOfType(MinioErrorResponseException.class)
                .isThrownBy(() -> template.statObject(bucket, "key"))
                .satisfies((ex) -> assertNoSuchBucket(ex, bucket));
        }
    }

    @Test
    void objectExistsOnAMissingBucketThrowsNoSuchBucket() {
        String bucket = UniqueBucketNames.unique("nobucket");
        for (MinioTemplate template : new MinioTemplate[] { this.regional, this.discovering }) {
            assertThatExceptionOfType(MinioErrorResponseException.class)
                .isThrownBy(() -> template.objectExists(bucket, "key"))
                .satisfies((ex) -> assertNoSuchBucket(ex, bucket));
        }
    }

    @Test
    void aMissingKeyOfAnExistingBucketIsStillNoSuchKey() {
        String bucket = this.objects.newBucket("haskeys");
        this.objects.put(bucket, "present", "x");
        assertThat(this.regional.objectExists(bucket, "present")).isTrue();
        assertThat(this.regional.objectExists(bucket, "absent")).isFalse();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.regional.statObject(bucket, "absent"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("NoSuchKey");
                assertThat(ex.key()).isEqualTo("absent");
            });
    }

    private static void assertNoSuchBucket(MinioErrorResponseException ex, String bucket) {
        assertThat(ex.statusCode()).isEqualTo(404);
        assertThat(ex.code()).isEqualTo("NoSuchBucket");
        assertThat(ex.bucket()).isEqualTo(bucket);
    }

}
