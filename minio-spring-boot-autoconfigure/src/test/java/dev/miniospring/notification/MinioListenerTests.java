package dev.miniospring.notification;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.autoconfigure.MinioListenerAutoConfiguration;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.listener.MinioListener;
import dev.miniospring.listener.MinioListenerContainer;
import dev.miniospring.listener.MinioListenerEndpoint;
import dev.miniospring.listener.MinioListenerErrorHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static dev.miniospring.notification.MinioListenStub.event;
import static dev.miniospring.notification.MinioListenStub.records;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @MinioListener} methods in an application context, against a stub that speaks
 * MinIO's listen wire format (no local server implements the extension): delivery,
 * placeholders, error handling, observations, backoff and shutdown.
 */
@Timeout(60)
class MinioListenerTests {

    private static final String PUT = NotificationEvents.OBJECT_CREATED_PUT;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioListenerAutoConfiguration.class))
        .withUserConfiguration(StubTemplate.class, Listeners.class)
        .withPropertyValues("app.bucket=photos", "app.prefix=in/",
                "app.events=" + NotificationEvents.OBJECT_CREATED_ALL, "minio.listener.initial-backoff=10ms",
                "minio.listener.max-backoff=100ms");

    private MinioListenStub stub;

    @AfterEach
    void stopStub() throws Exception {
        if (this.stub != null) {
            this.stub.close();
        }
    }

    @Test
    void eventsReachTheMethodWithTheAttributesPlaceholdersResolvedAndCloseStopsTheSubscription() throws Exception {
        this.stub = new MinioListenStub((session) -> session.head(200)
            .chunk(records(event(PUT, "in%2Fa.jpg", 1), event(PUT, "in%2Fb.jpg", 2)))
            .holdUntilClientCloses());
        this.runner.withPropertyValues("stub.endpoint=" + this.stub.endpoint()).run((context) -> {
            Uploads uploads = context.getBean(Uploads.class);
            assertThat(next(uploads.received).key()).isEqualTo("in/a.jpg");
            assertThat(next(uploads.received).key()).isEqualTo("in/b.jpg");
            assertThat(this.stub.nextRequest().get(0))
                .isEqualTo("GET /photos?events=s3%3AObjectCreated%3A%2A&prefix=in%2F&suffix=.jpg&ping=1 HTTP/1.1");
            assertThat(context.getBean(MinioListenerContainer.class).isSubscribed("uploads")).isTrue();
        });
        assertThat(this.stub.nextClientClose()).isZero();
    }

    @Test
    void anExceptionGoesToTheErrorHandlerAndTheNextEventStillArrivesEachObserved() throws Exception {
        this.stub = new MinioListenStub((session) -> session.head(200)
            .chunk(records(event(PUT, "in%2Fbad.jpg", 1), event(PUT, "in%2Fgood.jpg", 2)))
            .holdUntilClientCloses());
        TestObservationRegistry observations = TestObservationRegistry.create();
        RecordingErrorHandler errors = new RecordingErrorHandler();
        this.runner.withPropertyValues("stub.endpoint=" + this.stub.endpoint())
            .withBean(TestObservationRegistry.class, () -> observations)
            .withBean(MinioListenerErrorHandler.class, () -> errors)
            .run((context) -> {
                assertThat(next(context.getBean(Uploads.class).received).key()).isEqualTo("in/good.jpg");
                Failure failure = errors.failures.poll(10, TimeUnit.SECONDS);
                assertThat(failure).isNotNull();
                assertThat(failure.endpoint().id()).isEqualTo("uploads");
                assertThat(failure.record().key()).isEqualTo("in/bad.jpg");
                assertThat(failure.exception()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot handle in/bad.jpg");
            });
        TestObservationRegistryAssert.assertThat(observations)
            .hasNumberOfObservationsWithNameEqualTo("minio.listener", 2)
            .forAllObservationsWithNameEqualTo("minio.listener",
                    (observation) -> observation.hasLowCardinalityKeyValue("listener", "uploads")
                        .hasLowCardinalityKeyValue("bucket", "photos")
                        .hasLowCardinalityKeyValue("event", PUT));
        TestObservationRegistryAssert.assertThat(observations)
            .hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts.stream()
                .filter((context) -> context.getError() != null)
                .map((context) -> context.getError())).singleElement()
                .satisfies((error) -> assertThat(error).hasMessage("cannot handle in/bad.jpg")));
    }

    @Test
    void aRefusedSubscriptionIsTriedAgainWithBackoff() throws Exception {
        this.stub = new MinioListenStub(
                (session) -> session.respond(503, "<Error><Code>SlowDown</Code><Message>Slow down</Message></Error>"),
                (session) -> session.head(200).chunk(records(event(PUT, "in%2Fc.jpg", 3))).holdUntilClientCloses());
        this.runner.withPropertyValues("stub.endpoint=" + this.stub.endpoint()).run((context) -> {
            assertThat(next(context.getBean(Uploads.class).received).key()).isEqualTo("in/c.jpg");
            assertThat(this.stub.nextRequest()).isNotEmpty();
            assertThat(this.stub.nextRequest()).isNotEmpty();
        });
    }

    @Test
    void listenersThatDoNotStartAutomaticallyStartByTheirId() throws Exception {
        this.stub = new MinioListenStub(
                (session) -> session.head(200).chunk(records(event(PUT, "in%2Fd.jpg", 4))).holdUntilClientCloses());
        this.runner.withPropertyValues("stub.endpoint=" + this.stub.endpoint(), "app.auto-startup=false")
            .run((context) -> {
                MinioListenerContainer container = context.getBean(MinioListenerContainer.class);
                assertThat(container.isRunning()).isTrue();
                assertThat(container.isSubscribed("uploads")).isFalse();
                Uploads uploads = context.getBean(Uploads.class);
                assertThat(uploads.received.poll(200, TimeUnit.MILLISECONDS)).isNull();
                container.start("uploads");
                assertThat(next(uploads.received).key()).isEqualTo("in/d.jpg");
                container.stop("uploads");
                assertThat(container.isSubscribed("uploads")).isFalse();
                assertThat(this.stub.nextClientClose()).isZero();
            });
    }

    @Test
    void aMethodThatDoesNotTakeANotificationRecordFailsTheStartUp() {
        new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MinioAutoConfiguration.class, MinioListenerAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=http://127.0.0.1:9")
            .withBean(WrongSignature.class)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("@MinioListener method")
                .hasStackTraceContaining("must take exactly one NotificationRecord"));
    }

    private static NotificationRecord next(BlockingQueue<NotificationRecord> queue) throws InterruptedException {
        NotificationRecord record = queue.poll(20, TimeUnit.SECONDS);
        assertThat(record).as("an event within 20 s").isNotNull();
        return record;
    }

    @Configuration(proxyBeanMethods = false)
    static class StubTemplate {

        @Bean
        MinioTemplate minioTemplate(Environment environment) {
            return MinioTemplate.builder()
                .endpoint(environment.getRequiredProperty("stub.endpoint"))
                .credentials("AK", "SK")
                .region("us-east-1")
                .retryPolicy(RetryPolicy.none())
                .listenSettings(
                        new ListenSettings(Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(100)))
                .build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        Uploads uploads() {
            return new Uploads();
        }

    }

    static class Uploads {

        final BlockingQueue<NotificationRecord> received = new LinkedBlockingQueue<>();

        @MinioListener(id = "uploads", bucket = "${app.bucket}", events = "${app.events}", prefix = "${app.prefix}",
                suffix = ".jpg", autoStartup = "${app.auto-startup:true}")
        void onUpload(NotificationRecord record) {
            if (record.key().contains("bad")) {
                throw new IllegalStateException("cannot handle " + record.key());
            }
            this.received.add(record);
        }

    }

    static class WrongSignature {

        @MinioListener(bucket = "photos")
        void onUpload(String key) {
        }

    }

    record Failure(MinioListenerEndpoint endpoint, NotificationRecord record, Exception exception) {
    }

    static class RecordingErrorHandler implements MinioListenerErrorHandler {

        final BlockingQueue<Failure> failures = new LinkedBlockingQueue<>();

        @Override
        public void handleError(MinioListenerEndpoint endpoint, NotificationRecord record, Exception exception) {
            this.failures.add(new Failure(endpoint, record, exception));
        }

    }

}
