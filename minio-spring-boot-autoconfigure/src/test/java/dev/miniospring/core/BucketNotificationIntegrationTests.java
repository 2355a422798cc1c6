package dev.miniospring.core;

import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationTarget;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.miniospring.test.NotImplementedAssertions.assertNotImplemented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bucket notifications against S3Proxy, which implements neither notification
 * configuration (501) nor MinIO's listen extension: the errors must say so, nothing is
 * faked.
 */
@ExtendWith(S3ProxyExtension.class)
class BucketNotificationIntegrationTests {

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3ProxyServer server) {
        this.template = S3ProxyExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("notification");
        this.template.makeBucket(this.bucket);
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

}
