package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
import static dev.miniospring.http.WatchdogReadTimeouts.BOUND;
import static dev.miniospring.http.WatchdogReadTimeouts.READ_TIMEOUT;
import static dev.miniospring.http.WatchdogReadTimeouts.eachCallTimesOutOnANewConnection;
import static dev.miniospring.http.WatchdogReadTimeouts.readTimeout;

/**
 * The read timeout on Apache HttpClient 5: on a virtual thread, reads run without a
 * socket timeout and a stalled read is ended by the watchdog closing the connection (the
 * {@link SocketTimeoutException} then has the closed socket's failure as its cause);
 * platform threads keep the JDK's timed socket reads; in both cases the call fails with
 * the read timeout, in time, and the connection is never reused.
 */
class VirtualThreadReadTimeoutTests {

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadWaitingForTheResponseHeadFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.start()) {
            eachCallTimesOutOnANewConnection(server, template(server.url()),
                    (template) -> onVirtualThread(() -> stat(template)));
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadWaitingForTheAnswerToAnUploadFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.start()) {
            eachCallTimesOutOnANewConnection(server, template(server.url()),
                    (template) -> onVirtualThread(() -> put(template)));
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void aVirtualThreadReadingAStalledBodyFailsAfterTheReadTimeout() throws Exception {
        try (SilentServer server = SilentServer.startStallingBodies(1_000_000, 1000)) {
            eachCallTimesOutOnANewConnection(server, template(server.url()),
                    (template) -> onVirtualThread(() -> get(template)));
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

}
