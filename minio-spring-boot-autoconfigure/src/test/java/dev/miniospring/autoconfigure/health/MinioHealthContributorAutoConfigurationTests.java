package dev.miniospring.autoconfigure.health;

import java.net.ServerSocket;
import java.time.Duration;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.SilentServer;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The {@code minio} health contributor against the run's real S3 server and unreachable
 * servers.
 */
@S3ServerTest
class MinioHealthContributorAutoConfigurationTests {

    private S3TestServer server;

    private ApplicationContextRunner runner;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MinioAutoConfiguration.class, MinioHealthContributorAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.endpoint(), "minio.access-key=" + server.accessKey(),
                    "minio.secret-key=" + server.secretKey());
    }

    @Test
    void isUpWhenBucketsCanBeListed() {
        this.runner.run((context) -> {
            Health health = indicator(context.getBean("minioHealthContributor", HealthContributor.class)).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("endpoint", this.server.endpoint() + "/")
                .containsKey("buckets");
        });
    }

    @Test
    void checksNamedBuckets() {
        String present = UniqueBucketNames.unique("health");
        String missing = UniqueBucketNames.unique("absent");
        this.runner.run((context) -> context.getBean(MinioTemplate.class).makeBucket(present));
        this.runner.withPropertyValues("minio.health.buckets=" + present).run((context) -> {
            Health health = indicator(context.getBean("minioHealthContributor", HealthContributor.class)).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
        });
        this.runner.withPropertyValues("minio.health.buckets=" + present + "," + missing).run((context) -> {
            Health health = indicator(context.getBean("minioHealthContributor", HealthContributor.class)).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("missingBuckets", java.util.List.of(missing));
        });
    }

    @Test
    void isDownWithErrorCodeOnWrongCredentialsAndHidesSecret() {
        this.runner.withPropertyValues("minio.secret-key=wrong-secret-value").run((context) -> {
            Health health = indicator(context.getBean("minioHealthContributor", HealthContributor.class)).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("error", "SignatureDoesNotMatch")
                .containsEntry("status", 403);
            assertThat(health.toString()).doesNotContain("wrong-secret-value").doesNotContain(this.server.secretKey());
        });
    }

    @Test
    void isDownOnUnreachableServerWithinConnectTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        this.runner
            .withPropertyValues("minio.endpoint=http://127.0.0.1:" + closedPort, "minio.connect-timeout=500ms",
                    "minio.read-timeout=1s")
            .run((context) -> {
                HealthIndicator indicator = indicator(
                        context.getBean("minioHealthContributor", HealthContributor.class));
                Health health = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> indicator.health());
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("error", "MinioTransportException");
            });
    }

    @Test
    void isDownWithinSecondsWithoutRetryingAgainstAServerThatNeverAnswers() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            this.runner.withPropertyValues("minio.endpoint=" + silent.url(), "minio.health.buckets=photos,videos")
                .run((context) -> {
                    HealthIndicator indicator = indicator(
                            context.getBean("minioHealthContributor", HealthContributor.class));
                    long start = System.nanoTime();
                    Health health = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> indicator.health());
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("error", "MinioTransportException");
                    assertThat(took).isLessThan(Duration.ofSeconds(5));
                    assertThat(silent.connections()).isOne();
                });
        }
    }

    @Test
    void makesCompositeForSeveralTemplates() {
        this.runner.withUserConfiguration(TwoTemplatesConfiguration.class).run((context) -> {
            HealthContributor contributor = context.getBean("minioHealthContributor", HealthContributor.class);
            assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
            assertThat(((CompositeHealthContributor) contributor).getContributor("primary")).isNotNull();
            assertThat(((CompositeHealthContributor) contributor).getContributor("archive")).isNotNull();
        });
    }

    @Test
    void isAbsentWhenDisabled() {
        this.runner.withPropertyValues("management.health.minio.enabled=false")
            .run((context) -> assertThat(context).hasSingleBean(MinioTemplate.class)
                .doesNotHaveBean("minioHealthContributor"));
    }

    @Test
    void applicationStartsWithoutHealthModule() {
        this.runner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(MinioTemplate.class)
                .doesNotHaveBean("minioHealthContributor"));
    }

    private static HealthIndicator indicator(HealthContributor contributor) {
        assertThat(contributor).isInstanceOf(HealthIndicator.class);
        return (HealthIndicator) contributor;
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoTemplatesConfiguration {

        @Bean
        MinioTemplate primary() {
            return MinioTemplate.builder().endpoint("http://primary.local:9000").build();
        }

        @Bean
        MinioTemplate archive() {
            return MinioTemplate.builder().endpoint("http://archive.local:9000").build();
        }

    }

}
