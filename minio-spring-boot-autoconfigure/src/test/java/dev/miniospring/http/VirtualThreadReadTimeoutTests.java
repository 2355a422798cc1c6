package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.test.KeepAliveServer;
import dev.miniospring.test.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.task.VirtualThreadTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The read timeout on Apache HttpClient 5: on a virtual thread, reads run without a
 * socket timeout and a stalled read is ended by the watchdog closing the connection (the
 * {@link SocketTimeoutException} then has the closed socket's failure as its cause);
 * platform threads keep the JDK's timed socket reads; in both cases the call fails with
 * the read timeout, in time, and the connection is never reused.
 */
class VirtualThreadReadTimeoutTests {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadWaitingForTheResponseHeadFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.start()) {
            eachCallTimesOutOnANewConnection(server, (template) -> onVirtualThread(() -> stat(template)));
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadWaitingForTheAnswerToAnUploadFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.start()) {
            eachCallTimesOutOnANewConnection(server, (template) -> onVirtualThread(() -> put(template)));
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadReadingAStalledBodyFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.startStallingBodies(1_000_000, 1000)) {
            eachCallTimesOutOnANewConnection(server, (template) -> onVirtualThread(() -> get(template)));
        }
    }

    @Test
    void aPlatformThreadKeepsTheTimedSocketReadsOfTheJdk() throws Exception {
        try (SilentServer server = SilentServer.startStallingBodies(1_000_000, 1000)) {
            MinioTemplate template = template(server.url());
            SocketTimeoutException timeout = readTimeout(() -> get(template));
            assertThat(timeout).hasMessage("Read timed out").hasNoCause();
            readTimeout(() -> get(template));
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void virtualThreadsReadAnswersAndReuseTheirConnection() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start()) {
            MinioTemplate template = template(server.url());
            for (int i = 0; i < 3; i++) {
                assertThat(onVirtualThread(() -> get(template))).isEqualTo(KeepAliveServer.BODY);
                assertThat(onVirtualThread(() -> stat(template))).isEqualTo((long) KeepAliveServer.BODY.length());
                onVirtualThread(() -> put(template));
            }
            assertThat(get(template)).isEqualTo(KeepAliveServer.BODY);
            assertThat(server.connections()).as("one connection of requests, one of uploads").isEqualTo(2);
        }
    }

    /**
     * Makes two calls, each of which must fail with a read timeout that the watchdog
     * raised (its cause is the failure of the read on the closed connection) on a
     * connection of its own.
     */
    private static void eachCallTimesOutOnANewConnection(SilentServer server, Call call) {
        MinioTemplate template = template(server.url());
        for (int calls = 1; calls <= 2; calls++) {
            SocketTimeoutException timeout = readTimeout(() -> call.on(template));
            assertThat(timeout).hasMessage("Read timed out").cause().isInstanceOf(IOException.class);
            assertThat(server.connections()).isEqualTo(calls);
        }
    }

    private static SocketTimeoutException readTimeout(Callable<?> call) {
        long started = System.nanoTime();
        MinioTransportException failure = catchThrowableOfType(MinioTransportException.class,
                () -> assertTimeoutPreemptively(BOUND.multipliedBy(2), call::call));
        assertThat(failure).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(READ_TIMEOUT)
            .isLessThan(BOUND);
        assertThat(failure).hasCauseInstanceOf(SocketTimeoutException.class);
        return (SocketTimeoutException) failure.getCause();
    }

    private static <T> T onVirtualThread(Callable<T> call) throws Exception {
        try {
            return new VirtualThreadTaskExecutor("read-timeout-test-").submit(call)
                .get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
        }
    }

    private static long stat(MinioTemplate template) {
        return template.statObject("bucket", "key").size();
    }

    private static ObjectWriteResponse put(MinioTemplate template) {
        return template.putObject("bucket", "key", new ByteArrayInputStream(new byte[16]), 16);
    }

    private static String get(MinioTemplate template) throws IOException {
        try (GetObjectResponse response = template.getObject("bucket", "key")) {
            return new String(response.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static MinioTemplate template(String url) {
        return MinioTemplate.builder()
            .endpoint(url)
            .credentials("AK", "SK")
            .region("us-east-1")
            .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents())
            .httpClientSettings(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT))
            .retryPolicy(RetryPolicy.none())
            .build();
    }

    @FunctionalInterface
    private interface Call {

        Object on(MinioTemplate template) throws Exception;

    }

}
