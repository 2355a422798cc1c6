package dev.miniospring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@code minio.retry.*} properties of {@link MinioAutoConfiguration},
 * observed on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationRetryTests {

    private WireMockServer server;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(get("/").willReturn(aResponse().withStatus(503)));
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl(), "minio.access-key=access",
                    "minio.secret-key=secret", "minio.region=us-east-1");
    }

    @Test
    void defaultsFollowAwsStandardMode() {
        this.contextRunner.run((context) -> {
            MinioProperties.Retry retry = context.getBean(MinioProperties.class).retry();
            assertThat(retry.maxAttempts()).isEqualTo(3);
            assertThat(retry.baseDelay()).isEqualTo(Duration.ofMillis(100));
            assertThat(retry.maxDelay()).isEqualTo(Duration.ofSeconds(20));
            assertThat(retry.apiCallTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(retry.budget()).isEqualTo(new MinioProperties.Budget(500, 5, 10));
        });
    }

    @Test
    void configuredAttemptsAreMade() {
        this.contextRunner
            .withPropertyValues("minio.retry.max-attempts=5", "minio.retry.base-delay=1ms", "minio.retry.max-delay=5ms")
            .run((context) -> {
                assertThatExceptionOfType(MinioErrorResponseException.class)
                    .isThrownBy(() -> context.getBean(MinioTemplate.class).listBuckets());
                this.server.verify(5, getRequestedFor(urlEqualTo("/")));
            });
    }

    @Test
    void oneAttemptDisablesRetries() {
        this.contextRunner.withPropertyValues("minio.retry.max-attempts=1").run((context) -> {
            assertThatExceptionOfType(MinioErrorResponseException.class)
                .isThrownBy(() -> context.getBean(MinioTemplate.class).listBuckets());
            this.server.verify(1, getRequestedFor(urlEqualTo("/")));
        });
    }

    @Test
    void callsFailWithoutRetryingOnceTheRetryBudgetIsExhausted() {
        this.contextRunner
            .withPropertyValues("minio.retry.base-delay=1ms", "minio.retry.max-delay=1ms",
                    "minio.retry.budget.capacity=15")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                for (int call = 0; call < 4; call++) {
                    assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(template::listBuckets);
                }
                this.server.verify(3 + 2 + 1 + 1, getRequestedFor(urlEqualTo("/")));
            });
    }

    @Test
    void successesRefillTheRetryBudget() {
        this.contextRunner
            .withPropertyValues("minio.retry.base-delay=1ms", "minio.retry.max-delay=1ms",
                    "minio.retry.budget.capacity=10", "minio.retry.budget.retry-cost=5")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                assertThat(failedRequests(template, 2)).isEqualTo(3 + 1);
                this.server.stubFor(get("/").willReturn(aResponse().withStatus(200)
                    .withBody("<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")));
                for (int call = 0; call < 5; call++) {
                    template.listBuckets();
                }
                this.server.stubFor(get("/").willReturn(aResponse().withStatus(503)));
                assertThat(failedRequests(template, 2)).isEqualTo(2 + 1);
            });
    }

    private int failedRequests(MinioTemplate template, int calls) {
        this.server.resetRequests();
        for (int call = 0; call < calls; call++) {
            assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(template::listBuckets);
        }
        return this.server.countRequestsMatching(getRequestedFor(urlEqualTo("/")).build()).getCount();
    }

}
