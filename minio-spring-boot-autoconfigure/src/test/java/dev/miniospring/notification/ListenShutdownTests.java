package dev.miniospring.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.core.MinioTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.miniospring.notification.MinioListenStub.event;
import static dev.miniospring.notification.MinioListenStub.records;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application context ends the notification subscriptions and streams of its
 * templates (recorded MinIO listen wire format on a stub).
 */
class ListenShutdownTests {

    private static final List<String> EVENTS = List.of(NotificationEvents.OBJECT_CREATED_ALL);

    private MinioListenStub stub;

    @AfterEach
    void stopStub() throws Exception {
        this.stub.close();
    }

    @Test
    void closingTheContextCancelsSubscriptionsAndClosesStreams() throws Exception {
        this.stub = new MinioListenStub((session) -> session.head(200)
            .chunk(records(event("s3:ObjectCreated:Put", "a", 1)))
            .holdUntilClientCloses(), MinioListenStub.Script.HOLD);
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.stub.endpoint(), "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                BlockingQueue<NotificationRecord> received = new LinkedBlockingQueue<>();
                NotificationSubscription subscription = template.listenBucketNotification("photos", null, null, EVENTS,
                        received::add);
                assertThat(received.poll(10, TimeUnit.SECONDS).key()).isEqualTo("a");
                NotificationStream stream = template.listenBucketNotification("photos", null, null, EVENTS);
                context.close();
                assertThat(subscription.awaitTermination(Duration.ofSeconds(10))).isTrue();
                assertThat(subscription.failure()).isNull();
                assertThat(stream.isClosed()).isTrue();
                assertThat(stream.hasNext()).isFalse();
                assertThat(List.of(this.stub.nextClientClose(), this.stub.nextClientClose()))
                    .containsExactlyInAnyOrder(0, 1);
            });
    }

}
