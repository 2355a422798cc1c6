package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.test.KeepAliveServer;
import dev.miniospring.test.SilentServer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.HttpClientSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static dev.miniospring.http.WatchdogReadTimeouts.BOUND;
import static dev.miniospring.http.WatchdogReadTimeouts.READ_TIMEOUT;
import static dev.miniospring.http.WatchdogReadTimeouts.eachCallTimesOutOnANewConnection;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The connections of the Apache HttpClient 5 the template sets up itself: direct
 * {@code http://} ones run on socket channels, and on platform threads too their reads
 * are untimed and bounded by the watchdog, request body writes by the body write timeout;
 * answers are read and connections reused as on the JDK's sockets.
 */
class ChannelSocketConnectionsTests {

    @Test
    void directHttpConnectionsOfThePoolRunOnSocketChannels() throws Exception {
        List<Boolean> channelBacked = new ArrayList<>();
        HttpRequestExecutor recorder = new HttpRequestExecutor() {

            @Override
            public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
                    HttpResponseInformationCallback informationCallback, HttpContext context)
                    throws IOException, HttpException {
                channelBacked.add(ChannelSocketConnections.isChannelBacked(connection));
                return super.execute(request, connection, informationCallback, context);
            }

        };
        try (KeepAliveServer server = KeepAliveServer.start();
                CloseableHttpClient client = HttpClients.custom()
                    .setConnectionManager(ChannelSocketConnections.pool(HttpClientSettings.defaults(), 2))
                    .setRequestExecutor(recorder)
                    .build()) {
            for (int i = 0; i < 2; i++) {
                String body = client.execute(new HttpGet(server.url() + "/bucket/key"),
                        (response) -> EntityUtils.toString(response.getEntity()));
                assertThat(body).isEqualTo(KeepAliveServer.BODY);
            }
            assertThat(channelBacked).containsExactly(true, true);
            assertThat(server.connections()).isOne();
        }
    }

    @Test
    void aPlatformThreadWaitingForTheResponseHeadFailsAfterTheReadTimeoutOfTheWatchdog() throws Exception {
        try (SilentServer server = SilentServer.start()) {
            eachCallTimesOutOnANewConnection(server, template(server.url()),
                    (template) -> template.statObject("bucket", "key"));
        }
    }

    @Test
    void aPlatformThreadReadingAStalledBodyFailsAfterTheReadTimeoutOfTheWatchdog() throws Exception {
        try (SilentServer server = SilentServer.startStallingBodies(1_000_000, 1000)) {
            eachCallTimesOutOnANewConnection(server, template(server.url()), ChannelSocketConnectionsTests::get);
        }
    }

    @Test
    void anUploadWhoseBodyTheServerStopsReadingEndsAfterTheReadTimeout() throws Exception {
        int size = 32 * 1024 * 1024;
        try (SilentServer server = SilentServer.startReadingHeadersOnly()) {
            MinioTemplate template = template(server.url());
            long started = System.nanoTime();
            assertThatExceptionOfType(MinioTransportException.class)
                .isThrownBy(() -> assertTimeoutPreemptively(BOUND.multipliedBy(2),
                        () -> template.putObject("bucket", "key", new ByteArrayInputStream(new byte[size]), size)))
                .withCauseInstanceOf(SocketTimeoutException.class)
                .withMessageContaining("read nothing of the request body for 500 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(READ_TIMEOUT)
                .isLessThan(BOUND);
            assertThat(server.connections()).isOne();
        }
    }

    @Test
    void answersAreReadAndConnectionsReused() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start()) {
            MinioTemplate template = template(server.url());
            for (int i = 0; i < 3; i++) {
                assertThat(get(template)).isEqualTo(KeepAliveServer.BODY);
                assertThat(template.statObject("bucket", "key").size()).isEqualTo(KeepAliveServer.BODY.length());
                template.putObject("bucket", "key", new ByteArrayInputStream(new byte[16]), 16);
            }
            assertThat(server.connections()).as("one connection of requests, one of uploads").isEqualTo(2);
        }
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
            .httpClientSettings(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT))
            .partSize(64L * 1024 * 1024)
            .retryPolicy(RetryPolicy.none())
            .build();
    }

}
