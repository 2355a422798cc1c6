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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code minio.proxy.*}: the template's clients reach a host that only the proxy
 * (WireMock) can serve.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationProxyTests {

    private static final String UNRESOLVABLE = "minio.proxied.invalid:9000";

    private WireMockServer server;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        server.stubFor(head(urlPathEqualTo("/b-1")).willReturn(aResponse().withStatus(200)));
        ListenEventStubs.oneEvent(server, "photos", "a");
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class, HttpClientAutoConfiguration.class,
                    ImperativeHttpClientAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=http://" + UNRESOLVABLE, "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http-components", "jdk" })
    void requestsGoThroughTheProxy(String factory) {
        this.contextRunner
            .withPropertyValues("spring.http.clients.imperative.factory=" + factory, "minio.proxy.host=127.0.0.1",
                    "minio.proxy.port=" + this.server.port())
            .run((context) -> {
                assertThat(context.getBean(MinioTemplate.class).bucketExists("b-1")).isTrue();
                this.server.verify(headRequestedFor(urlPathEqualTo("/b-1")).withHeader("Host", equalTo(UNRESOLVABLE)));
            });
    }

    @Test
    void withoutTheProxyTheHostIsUnreachable() {
        this.contextRunner.run((context) -> assertThatExceptionOfType(MinioTransportException.class)
            .isThrownBy(() -> context.getBean(MinioTemplate.class).bucketExists("b-1")));
    }

    @Test
    void listenClientGoesThroughTheProxy() {
        this.contextRunner.withPropertyValues("minio.proxy.host=127.0.0.1", "minio.proxy.port=" + this.server.port())
            .run((context) -> {
                try (NotificationStream stream = context.getBean(MinioTemplate.class)
                    .listenBucketNotification("photos", null, null, List.of(NotificationEvents.OBJECT_CREATED_ALL))) {
                    assertThat(stream.next().key()).isEqualTo("a");
                }
                this.server
                    .verify(getRequestedFor(urlPathEqualTo("/photos")).withHeader("Host", equalTo(UNRESOLVABLE)));
            });
    }

    @Test
    void proxyHostWithoutPortFailsAtStartup() {
        this.contextRunner.withPropertyValues("minio.proxy.host=127.0.0.1")
            .run((context) -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("minio.proxy.port"));
    }

}
