package dev.miniospring.core;

import dev.miniospring.policy.Policy;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.miniospring.test.NotImplementedAssertions.assertNotImplemented;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bucket policies against S3Proxy, which stores no policy ({@code NoSuchPolicy}) and does
 * not implement policy writes (501): the errors must say so, nothing is faked.
 */
@ExtendWith(S3ProxyExtension.class)
class BucketPolicyIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.template = S3ProxyExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("policy");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void noSuchPolicyReadsAsNoPolicy() {
        assertThat(this.template.getBucketPolicyJson(this.bucket)).isEmpty();
        assertThat(this.template.getBucketPolicy(this.bucket, "photos/")).isEqualTo(Policy.NONE);
        this.template.setBucketPolicy(this.bucket, "photos/", Policy.NONE);
    }

    @Test
    void policyWritesReportNotImplemented() {
        assertNotImplemented(() -> this.template.setBucketPolicy(this.bucket, "photos/", Policy.READ_ONLY));
        assertNotImplemented(() -> this.template.setBucketPolicyJson(this.bucket,
                CannedPolicies.apply("", this.bucket, "", Policy.READ_WRITE)));
        assertNotImplemented(() -> this.template.deleteBucketPolicy(this.bucket));
    }

}
