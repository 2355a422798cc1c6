package dev.miniospring.core;

import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationTarget;
import dev.miniospring.policy.Policy;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bucket policies and notifications against S3Proxy, which stores no policy ({@code NoSuchPolicy}) and implements
 * neither policy writes nor notifications (501): the errors must say so, nothing is faked.
 */
@ExtendWith(S3ProxyExtension.class)
class PolicyAndNotificationS3ProxyIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.template = S3ProxyExtension.templateBuilder(server)
            .build();
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

    @Test
    void notificationsReportNotImplemented() {
        NotificationConfiguration configuration = NotificationConfiguration
            .ofQueues(NotificationTarget.of("arn:minio:sqs::primary:webhook", NotificationEvents.OBJECT_CREATED_ALL));
        assertNotImplemented(() -> this.template.getBucketNotification(this.bucket));
        assertNotImplemented(() -> this.template.setBucketNotification(this.bucket, configuration));
        assertNotImplemented(() -> this.template.removeAllBucketNotification(this.bucket));
    }

    @Test
    void listenIsSignedCorrectlyButRefusedAsNotAMinioEventStream() {
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.listenBucketNotification(this.bucket, "p/", ".jpg",
                    List.of(NotificationEvents.OBJECT_CREATED_ALL)))
            .withMessageContaining("listenBucketNotification is a MinIO extension");
    }

    @Test
    void s3ProxyCannotVerifyRepeatedQueryParameters() {
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.listenBucketNotification(this.bucket, null, null,
                    List.of(NotificationEvents.OBJECT_CREATED_ALL, NotificationEvents.OBJECT_REMOVED_ALL)))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("SignatureDoesNotMatch"));
    }

    private static void assertNotImplemented(Executable operation) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(operation::execute)
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("NotImplemented");
                assertThat(ex.statusCode()).isEqualTo(501);
                assertThat(ex.getMessage()).startsWith("NotImplemented (HTTP 501)");
            });
    }

}
