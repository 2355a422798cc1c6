package dev.miniospring.autoconfigure;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured template follows no redirect, although Boot's HTTP client settings
 * ask for it: a 307 is an error, and the host it points to gets nothing.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationRedirectTests {

    private static final String ELSEWHERE = "/elsewhere/key";

    private WireMockServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(307)
            .withHeader("Location", this.server.baseUrl() + ELSEWHERE)
            .withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>TemporaryRedirect</Code><Message>Moved</Message></Error>")));
        this.server.stubFor(any(urlPathEqualTo(ELSEWHERE)).willReturn(aResponse().withStatus(200).withBody("moved")));
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class, MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl(), "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1", "minio.retry.max-attempts=1", "spring.http.clients.redirects=follow");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http-components", "jdk", "simple" })
    void redirectsAreErrorsWhateverBootsSettingsSay(String factory) {
        this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory).run((context) -> {
            MinioTemplate template = context.getBean(MinioTemplate.class);
            assertTemporaryRedirect(() -> template.getObject("bucket", "key").close());
            assertTemporaryRedirect(() -> template.forHealthCheck(Duration.ofSeconds(5)).statObject("bucket", "key"));
            assertTemporaryRedirect(() -> template
                .listenBucketNotification("bucket", null, null, List.of(NotificationEvents.OBJECT_CREATED_ALL))
                .close());
            this.server.verify(0, anyRequestedFor(urlPathEqualTo(ELSEWHERE)));
        });
    }

    private static void assertTemporaryRedirect(Executable call) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(call::execute)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("TemporaryRedirect"));
    }

}
