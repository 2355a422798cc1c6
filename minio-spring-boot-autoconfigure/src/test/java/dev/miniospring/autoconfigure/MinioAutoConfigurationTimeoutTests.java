package dev.miniospring.autoconfigure;

import java.io.InterruptedIOException;
import java.time.Duration;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.SilentServer;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Timeouts of the auto-configured template against a server that accepts connections and
 * never answers.
 */
class MinioAutoConfigurationTimeoutTests {

    private SilentServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void start() throws Exception {
        this.server = SilentServer.start();
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.url(), "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1", "minio.retry.base-delay=1ms", "minio.retry.max-delay=1ms");
    }

    @AfterEach
    void stop() throws Exception {
        this.server.close();
    }

    @Test
    void readTimeoutEndsAnAttemptAndTheApiCallTimeoutStopsRetriesThatCouldNotFinishInTime() {
        this.runner.withPropertyValues("minio.read-timeout=1s", "minio.retry.api-call-timeout=1500ms")
            .run((context) -> {
                statObjectFails(context).withCauseInstanceOf(InterruptedIOException.class);
                assertThat(this.server.connections()).isOne();
            });
    }

    @Test
    void retriesWithinTheApiCallTimeout() {
        this.runner.withPropertyValues("minio.read-timeout=300ms", "minio.retry.api-call-timeout=1m").run((context) -> {
            statObjectFails(context);
            assertThat(this.server.connections()).isEqualTo(3);
        });
    }

    @Test
    void bootsReadTimeoutAppliesWhenNoMinioTimeoutIsSet() {
        this.runner.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class))
            .withPropertyValues("spring.http.clients.read-timeout=300ms", "minio.retry.max-attempts=1")
            .run((context) -> statObjectFails(context).withCauseInstanceOf(InterruptedIOException.class));
    }

    private static ThrowableAssertAlternative<MinioTransportException> statObjectFails(
            AssertableApplicationContext context) {
        MinioTemplate template = context.getBean(MinioTemplate.class);
        return assertThatExceptionOfType(MinioTransportException.class).isThrownBy(
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> template.statObject("bucket", "key")));
    }

}
