package dev.miniospring.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.test.ListenEventStubs;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code minio.ssl.bundle}: the template's clients (HttpClient 5, JDK, and the listen
 * client) trust a self-signed HTTPS server with the bundle, and refuse it without.
 */
class MinioAutoConfigurationSslTests {

    @RegisterExtension
    static final WireMockExtension wireMock = WireMockExtension.withHttps();

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        server.stubFor(head(urlPathEqualTo("/b-1")).willReturn(aResponse().withStatus(200)));
        ListenEventStubs.oneEvent(server, "photos", "a");
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class, SslAutoConfiguration.class,
                    HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=https://localhost:" + server.httpsPort(), "minio.access-key=AK",
                    "minio.secret-key=SK", "minio.region=us-east-1",
                    "spring.ssl.bundle.pem.minio-test.truststore.certificate=classpath:tls/server.crt");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http-components", "jdk" })
    void selfSignedServerIsRefusedWithoutTheBundle(String factory) {
        this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=" + factory)
            .run((context) -> assertThatExceptionOfType(MinioTransportException.class)
                .isThrownBy(() -> context.getBean(MinioTemplate.class).bucketExists("b-1")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http-components", "jdk" })
    void selfSignedServerIsTrustedWithTheBundle(String factory) {
        this.contextRunner
            .withPropertyValues("spring.http.clients.imperative.factory=" + factory, "minio.ssl.bundle=minio-test")
            .run((context) -> assertThat(context.getBean(MinioTemplate.class).bucketExists("b-1")).isTrue());
    }

    @Test
    void theTemplatesOwnHttpClient5UsesTheBundle() {
        this.contextRunner.run((context) -> assertThatExceptionOfType(MinioTransportException.class)
            .isThrownBy(() -> context.getBean(MinioTemplate.class).bucketExists("b-1")));
        this.contextRunner.withPropertyValues("minio.ssl.bundle=minio-test")
            .run((context) -> assertThat(context.getBean(MinioTemplate.class).bucketExists("b-1")).isTrue());
    }

    @Test
    void listenClientUsesTheBundle() {
        List<String> events = List.of(NotificationEvents.OBJECT_CREATED_ALL);
        this.contextRunner.run((context) -> assertThatExceptionOfType(MinioTransportException.class).isThrownBy(
                () -> context.getBean(MinioTemplate.class).listenBucketNotification("photos", null, null, events)));
        this.contextRunner.withPropertyValues("minio.ssl.bundle=minio-test").run((context) -> {
            try (NotificationStream stream = context.getBean(MinioTemplate.class)
                .listenBucketNotification("photos", null, null, events)) {
                assertThat(stream.next().key()).isEqualTo("a");
            }
        });
    }

    @Test
    void unknownBundleFailsAtStartup() {
        this.contextRunner.withPropertyValues("minio.ssl.bundle=missing")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("minio.ssl.bundle")
                .hasStackTraceContaining("missing"));
    }

}
