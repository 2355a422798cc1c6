package dev.miniospring.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.notification.MinioListenStub.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.miniospring.notification.MinioListenStub.event;
import static dev.miniospring.notification.MinioListenStub.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code listenBucketNotification} against a stub that speaks MinIO's listen wire format
 * (no local server implements the extension): chunked newline-delimited JSON,
 * {@code {"Records":null}} pings, whitespace keep-alives, drops.
 */
@Timeout(30)
class ListenBucketNotificationTests {

    private static final String PUT = NotificationEvents.OBJECT_CREATED_PUT;

    private static final List<String> EVENTS = List.of(NotificationEvents.OBJECT_REMOVED_ALL,
            NotificationEvents.OBJECT_CREATED_ALL);

    private MinioListenStub stub;

    @AfterEach
    void stopStub() throws Exception {
        if (this.stub != null) {
            this.stub.close();
        }
    }

    @Test
    void iteratorDeliversEveryEventOnceSkipsKeepAlivesAndReconnectsAfterADrop() throws Exception {
        String split = "   " + records(event(PUT, "p%2Fb.jpg", 2), event(PUT, "p%2Fc.jpg", 3));
        CountDownLatch consumed = new CountDownLatch(1);
        this.stub = new MinioListenStub(
                (session) -> session.head(200)
                    .chunk("  ")
                    .chunk("{\"Records\":null}\n")
                    .chunk(records(event(PUT, "p%2Fone+two%C3%A9.jpg", 1)))
                    .chunk(split.substring(0, 40))
                    .chunk(split.substring(40))
                    .chunk(" ")
                    .await(consumed)
                    .drop(),
                (session) -> session.head(200)
                    .chunk(" \n\n")
                    .chunk(records(event(PUT, "p%2Fd.jpg", 4)))
                    .holdUntilClientCloses());
        NotificationStream stream = template().listenBucketNotification("photos", "p/", ".jpg", EVENTS);
        try (stream) {
            NotificationRecord first = stream.next();
            assertThat(first.eventName()).isEqualTo(PUT);
            assertThat(first.bucket()).isEqualTo("photos");
            assertThat(first.key()).isEqualTo("p/one twoé.jpg");
            assertThat(first.size()).isEqualTo(1L);
            assertThat(first.eTag()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
            assertThat(first.eventTime()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123Z"));
            assertThat(first.raw().path("s3").path("object").path("contentType").asString()).isEqualTo("image/jpeg");
            assertThat(List.of(stream.next().key(), stream.next().key())).containsExactly("p/b.jpg", "p/c.jpg");
            consumed.countDown();
            assertThat(stream.next().key()).isEqualTo("p/d.jpg");
        }
        assertThat(this.stub.nextClientClose()).isEqualTo(1);
        assertThat(stream.hasNext()).isFalse();
        String expectedRequest = "GET /photos?events=s3%3AObjectCreated%3A%2A&events=s3%3AObjectRemoved%3A%2A"
                + "&prefix=p%2F&suffix=.jpg&ping=1 HTTP/1.1";
        for (int connection = 0; connection < 2; connection++) {
            List<String> request = this.stub.nextRequest();
            assertThat(request.get(0)).isEqualTo(expectedRequest);
            assertThat(request).anyMatch((header) -> header.startsWith("Authorization: AWS4-HMAC-SHA256 "));
        }
    }

    @Test
    void closeFromAnotherThreadReleasesAnIdleConnection() throws Exception {
        this.stub = new MinioListenStub(MinioListenStub.Script.HOLD);
        NotificationStream stream = template().listenBucketNotification("photos", null, null, EVENTS);
        CompletableFuture<Boolean> waiting = new CompletableFuture<>();
        Thread reader = new Thread(() -> waiting.complete(stream.hasNext()));
        reader.start();
        awaitBlocked(reader);
        stream.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(this.stub.nextClientClose()).isZero();
        assertThat(stream.isClosed()).isTrue();
    }

    @Test
    void reconnectRefusedWithAClientErrorEndsTheStreamWithThatError() throws Exception {
        CountDownLatch consumed = new CountDownLatch(1);
        this.stub = new MinioListenStub(
                (session) -> session.head(200).chunk(records(event(PUT, "a", 1))).await(consumed).drop(),
                (session) -> session.respond(403,
                        "<Error><Code>AccessDenied</Code><Message>Access Denied.</Message>" + "</Error>"));
        try (NotificationStream stream = template().listenBucketNotification("photos", null, null, EVENTS)) {
            assertThat(stream.next().key()).isEqualTo("a");
            consumed.countDown();
            assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(stream::hasNext)
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
            assertThat(stream.isClosed()).isTrue();
        }
    }

    @Test
    void listenerReceivesEventsUntilTheSubscriptionIsCancelled() throws Exception {
        this.stub = new MinioListenStub((session) -> session.head(200)
            .chunk(records(event(PUT, "a", 1)))
            .chunk("{\"Records\":null}\n")
            .chunk(records(event(PUT, "b", 2)))
            .holdUntilClientCloses());
        BlockingQueue<NotificationRecord> received = new LinkedBlockingQueue<>();
        NotificationSubscription subscription = template().listenBucketNotification("photos", null, null, EVENTS,
                received::add);
        assertThat(received.poll(10, TimeUnit.SECONDS).key()).isEqualTo("a");
        assertThat(received.poll(10, TimeUnit.SECONDS).key()).isEqualTo("b");
        assertThat(subscription.isActive()).isTrue();
        subscription.cancel();
        assertThat(subscription.awaitTermination(Duration.ofSeconds(10))).isTrue();
        assertThat(subscription.isActive()).isFalse();
        assertThat(subscription.failure()).isNull();
        assertThat(this.stub.nextClientClose()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void listenerFailureEndsTheSubscriptionAndIsReported() throws Exception {
        this.stub = new MinioListenStub(
                (session) -> session.head(200).chunk(records(event(PUT, "a", 1))).holdUntilClientCloses());
        IllegalStateException boom = new IllegalStateException("boom");
        Consumer<NotificationRecord> listener = (event) -> {
            throw boom;
        };
        try (NotificationSubscription subscription = template().listenBucketNotification("photos", null, null, EVENTS,
                listener)) {
            assertThat(subscription.awaitTermination(Duration.ofSeconds(10))).isTrue();
            assertThat(subscription.failure()).isSameAs(boom);
        }
        assertThat(this.stub.nextClientClose()).isZero();
    }

    @Test
    void aServerThatNeverSendsTheResponseHeadersFailsTheListenWithinTheResponseTimeout() throws Exception {
        this.stub = new MinioListenStub(Session::holdUntilClientCloses);
        MinioTemplate template = template(new ListenSettings(Duration.ofSeconds(1), Duration.ofMillis(10),
                Duration.ofMillis(100), Duration.ofMillis(500)));
        assertThatExceptionOfType(MinioTransportException.class)
            .isThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> template.listenBucketNotification("photos", null, null, EVENTS)))
            .withMessageContaining("no response headers");
        assertThat(this.stub.nextClientClose()).isZero();
    }

    @Test
    void aLineLongerThanTheLimitEndsTheStreamInsteadOfFillingTheHeap() throws Exception {
        String kibibyte = "x".repeat(1024);
        this.stub = new MinioListenStub((session) -> {
            session.head(200).chunk("{\"Records\":[");
            for (int i = 0; i <= 1024; i++) {
                session.chunk(kibibyte);
            }
            session.holdUntilClientCloses();
        });
        NotificationStream stream = template().listenBucketNotification("photos", null, null, EVENTS);
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), stream::hasNext))
            .withMessageContaining("longer than 1048576 bytes");
        assertThat(stream.isClosed()).isTrue();
        assertThat(this.stub.nextClientClose()).isZero();
    }

    @Test
    void aWebPageWithoutALineFeedEndsTheStreamInsteadOfReconnecting() throws Exception {
        this.stub = new MinioListenStub((session) -> {
            session.head(200).chunk("<!DOCTYPE html><html><body>Please sign in</body></html>").chunk("");
            session.holdUntilClientCloses();
        });
        NotificationStream stream = template().listenBucketNotification("photos", null, null, EVENTS);
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), stream::hasNext))
            .withMessageContaining("<!DOCTYPE html>");
        assertThat(stream.isClosed()).isTrue();
    }

    @Test
    void aServerThatDropsEveryConnectionAfterOneEventIsReconnectedToWithGrowingBackoff() throws Exception {
        int connections = 8;
        MinioListenStub.Script[] scripts = new MinioListenStub.Script[connections];
        for (int i = 0; i < connections; i++) {
            String key = "k" + i;
            scripts[i] = (session) -> session.head(200).chunk(records(event(PUT, key, 1))).drop();
        }
        this.stub = new MinioListenStub(scripts);
        MinioTemplate template = template(
                new ListenSettings(Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofSeconds(10)));
        long start = System.nanoTime();
        long beforeLast = start;
        try (NotificationStream stream = template.listenBucketNotification("photos", null, null, EVENTS)) {
            for (int i = 0; i < connections; i++) {
                beforeLast = (i == connections - 1) ? System.nanoTime() : beforeLast;
                assertThat(stream.next().key()).isEqualTo("k" + i);
            }
        }
        long end = System.nanoTime();
        assertThat(Duration.ofNanos(end - beforeLast)).isGreaterThanOrEqualTo(Duration.ofMillis(640));
        assertThat(Duration.ofNanos(end - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1270));
    }

    @Test
    void invalidEventsAreRefusedBeforeConnecting() throws Exception {
        this.stub = new MinioListenStub();
        MinioTemplate template = template();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template.listenBucketNotification("photos", null, null, List.of()))
            .withMessageContaining("'events' must not be empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template.listenBucketNotification("photos", null, null, List.of("ObjectCreated")))
            .withMessageContaining("'events' must be event names starting with 's3:'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template.listenBucketNotification("photos", null, null, EVENTS, null))
            .withMessageContaining("'listener'");
    }

    private MinioTemplate template() {
        return template(new ListenSettings(Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(100)));
    }

    private MinioTemplate template(ListenSettings settings) {
        return MinioTemplate.builder()
            .endpoint(this.stub.endpoint())
            .credentials("AK", "SK")
            .region("us-east-1")
            .listenSettings(settings)
            .build();
    }

    /**
     * Waits until a thread blocks: parked (JDK client) or in a socket read
     * (HttpComponents), at most ten seconds; a close that comes earlier is just as valid,
     * the reader then sees the stream closed.
     */
    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!isBlocked(thread) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
            return true;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().contains("NioSocketImpl") && frame.getMethodName().startsWith("read")) {
                return true;
            }
        }
        return false;
    }

}
