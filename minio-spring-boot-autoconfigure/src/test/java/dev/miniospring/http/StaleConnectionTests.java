package dev.miniospring.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.ResponseReader;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.observation.TransferMetrics;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.test.KeepAliveServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpMethod;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pooled keep-alive connections that the server closed while they were idle (as on a
 * restart, an idle timeout or a load balancer): the next requests, sequential and
 * concurrent, must succeed at their first attempt of the {@link RetryPolicy} on both
 * client libraries, and a one-shot body must never be sent twice.
 */
class StaleConnectionTests {

    private static final int POOLED = 8;

    private static final byte[] DATA = "0123456789abcdef".repeat(256).getBytes(StandardCharsets.US_ASCII);

    private static final long WAIT_SECONDS = 10;

    private KeepAliveServer server;

    private ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        this.server = KeepAliveServer.start();
        this.executor = Executors.newFixedThreadPool(2 * POOLED);
    }

    @AfterEach
    void stop() throws IOException {
        this.executor.shutdownNow();
        this.server.close();
    }

    static Stream<Named<@Nullable ClientHttpRequestFactoryBuilder<?>>> clients() {
        return Stream.of(Named.of("HttpComponents", ClientHttpRequestFactoryBuilder.httpComponents()),
                Named.of("JDK", ClientHttpRequestFactoryBuilder.jdk()),
                Named.of("the template's choice (HttpComponents on socket channels)", null));
    }

    @ParameterizedTest
    @MethodSource("clients")
    void sequentialRequestsNeedOneAttemptEach(@Nullable ClientHttpRequestFactoryBuilder<?> builder) throws Exception {
        S3Transport transport = transportWithClosedPool(builder);
        for (int i = 0; i < POOLED + 2; i++) {
            assertThat(attempts(transport, get())).isOne();
            assertThat(attempts(transport, put())).isOne();
            assertThat(attempts(transport, head())).isOne();
        }
        assertThat(this.server.requests("GET")).isEqualTo(POOLED + POOLED + 2);
        assertThat(this.server.requests("PUT")).isEqualTo(POOLED + 2);
        assertThat(this.server.requests("HEAD")).isEqualTo(POOLED + 2);
    }

    @ParameterizedTest
    @MethodSource("clients")
    void concurrentRequestsNeedOneAttemptEach(@Nullable ClientHttpRequestFactoryBuilder<?> builder) throws Exception {
        S3Transport transport = transportWithClosedPool(builder);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < POOLED; i++) {
            attempts.add(this.executor.submit(() -> attempts(transport, get())));
            attempts.add(this.executor.submit(() -> attempts(transport, put())));
        }
        for (Future<Integer> attempt : attempts) {
            assertThat(attempt.get(WAIT_SECONDS, TimeUnit.SECONDS)).isOne();
        }
        assertThat(this.server.requests("GET")).isEqualTo(2 * POOLED);
        assertThat(this.server.requests("PUT")).isEqualTo(POOLED);
    }

    @Test
    void aOneShotBodyOnAClosedConnectionFailsWithoutBeingSentAgain() throws Exception {
        S3Transport transport = transportWithClosedPool(ClientHttpRequestFactoryBuilder.httpComponents());
        S3Request oneShot = S3Request.builder(HttpMethod.PUT)
            .bucket("bucket")
            .key("key")
            .payload(RequestPayload.unsigned(new ByteArrayInputStream(DATA), DATA.length))
            .build();
        AtomicInteger attempts = new AtomicInteger();
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(
                () -> transport.execute(oneShot, (response) -> response.getStatusCode(), attempts::incrementAndGet));
        assertThat(attempts).hasValue(1);
        assertThat(this.server.requests("PUT")).isZero();
        assertThat(attempts(transport, put())).isOne();
    }

    /**
     * Fills a pool with {@value #POOLED} connections (as many concurrent GETs, answered
     * once all are in flight), then has the server close them all.
     */
    private S3Transport transportWithClosedPool(@Nullable ClientHttpRequestFactoryBuilder<?> builder) throws Exception {
        S3HttpClients clients = new S3HttpClients(builder, HttpClientSettings.defaults(),
                S3HttpClients.DEFAULT_MAX_CONNECTIONS, S3HttpClients.DEFAULT_CONNECTION_ACQUISITION_TIMEOUT);
        S3Transport transport = new S3Transport(RestClient.builder().requestFactory(clients.requests()).build(),
                S3Endpoint.of(this.server.url(), AddressingStyle.PATH), "us-east-1", RetryPolicy.defaults(),
                TransferMetrics.NONE);
        this.server.holdAnswersUntilInFlight(POOLED);
        List<Future<Integer>> fills = new ArrayList<>();
        for (int i = 0; i < POOLED; i++) {
            fills.add(this.executor.submit(() -> attempts(transport, get())));
        }
        for (Future<Integer> fill : fills) {
            assertThat(fill.get(WAIT_SECONDS, TimeUnit.SECONDS)).isOne();
        }
        assertThat(this.server.connections()).isEqualTo(POOLED);
        this.server.closeConnections();
        return transport;
    }

    private static int attempts(S3Transport transport, Exchange exchange) {
        AtomicInteger attempts = new AtomicInteger();
        transport.execute(exchange.request(), exchange.reader(), attempts::incrementAndGet);
        return attempts.get();
    }

    private static Exchange get() {
        return new Exchange(S3Request.builder(HttpMethod.GET).bucket("bucket").key("key").build(),
                (response) -> assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.US_ASCII))
                    .isEqualTo(KeepAliveServer.BODY));
    }

    private static Exchange put() {
        return new Exchange(
                S3Request.builder(HttpMethod.PUT).bucket("bucket").key("key").payload(RequestPayload.of(DATA)).build(),
                (response) -> response.getStatusCode());
    }

    private static Exchange head() {
        return new Exchange(S3Request.builder(HttpMethod.HEAD).bucket("bucket").key("key").build(),
                (response) -> response.getHeaders());
    }

    private record Exchange(S3Request request, ResponseReader<?> reader) {
    }

}
