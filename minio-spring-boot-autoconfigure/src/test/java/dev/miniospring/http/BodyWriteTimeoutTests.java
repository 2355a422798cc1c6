package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.SilentServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Request bodies on Apache HttpClient 5 against a server that reads the request headers
 * and then stops reading: the upload must end after the read timeout without write
 * progress, not block in a socket write forever.
 */
class BodyWriteTimeoutTests {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private static final int BODY_SIZE = 32 * 1024 * 1024;

    private SilentServer server;

    @BeforeEach
    void start() throws Exception {
        this.server = SilentServer.startReadingHeadersOnly();
    }

    @AfterEach
    void stop() throws Exception {
        this.server.close();
    }

    @Test
    void putWhoseBodyTheServerStopsReadingEndsAfterTheReadTimeout() {
        MinioTemplate template = template(RetryPolicy.none());
        long started = System.nanoTime();
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(() -> put(template))
            .withCauseInstanceOf(SocketTimeoutException.class)
            .withMessageContaining("read nothing of the request body for 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(READ_TIMEOUT)
            .isLessThan(Duration.ofSeconds(5));
        assertThat(this.server.connections()).isOne();
    }

    @Test
    void aStalledBodyWriteIsRetriedAsAnIoFailure() {
        MinioTemplate template = template(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1)));
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(() -> put(template))
            .withCauseInstanceOf(SocketTimeoutException.class);
        assertThat(this.server.connections()).isEqualTo(3);
    }

    private static void put(MinioTemplate template) {
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> template.putObject("bucket", "key", new ByteArrayInputStream(new byte[BODY_SIZE]), BODY_SIZE));
    }

    private MinioTemplate template(RetryPolicy retryPolicy) {
        return MinioTemplate.builder()
            .endpoint(this.server.url())
            .credentials("AK", "SK")
            .region("us-east-1")
            .requestFactoryBuilder(ClientHttpRequestFactoryBuilder.httpComponents())
            .httpClientSettings(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT))
            .partSize(2L * BODY_SIZE)
            .retryPolicy(retryPolicy)
            .build();
    }

}
