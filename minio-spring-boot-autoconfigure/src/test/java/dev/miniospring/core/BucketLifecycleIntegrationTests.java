package dev.miniospring.core;

import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.bucket.LifecycleExpiration;
import dev.miniospring.bucket.LifecycleFilter;
import dev.miniospring.bucket.LifecycleRule;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bucket lifecycle configurations stored, read back and removed by a server that keeps
 * them (Ceph RGW; S3Proxy has no lifecycle).
 */
@CephRgwTest
class BucketLifecycleIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("lifecycle");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void aBucketWithoutLifecycleHasAnEmptyConfiguration() {
        assertThat(this.template.getBucketLifecycle(this.bucket).isEmpty()).isTrue();
    }

    @Test
    void everyRuleShapeIsReadBackEqual() {
        this.template.setBucketLifecycle(this.bucket, BucketLifecycleTests.ALL_SHAPES);
        assertThat(this.template.getBucketLifecycle(this.bucket).rules())
            .containsExactlyInAnyOrderElementsOf(BucketLifecycleTests.ALL_SHAPES.rules());
    }

    @Test
    void setReplacesAndDeleteRemoves() {
        this.template.setBucketLifecycle(this.bucket, BucketLifecycleTests.ALL_SHAPES);
        LifecycleConfiguration replacement = LifecycleConfiguration
            .of(LifecycleRule.enabled("uploads", LifecycleFilter.prefix("incoming/"))
                .withAbortIncompleteMultipartUploadDays(1)
                .withExpiration(LifecycleExpiration.afterDays(2)));
        this.template.setBucketLifecycle(this.bucket, replacement);
        assertThat(this.template.getBucketLifecycle(this.bucket)).isEqualTo(replacement);
        this.template.deleteBucketLifecycle(this.bucket);
        assertThat(this.template.getBucketLifecycle(this.bucket).isEmpty()).isTrue();
    }

}
