package dev.miniospring.autoconfigure;

import java.net.URI;

import dev.miniospring.core.MinioTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The {@code minio.public-endpoint} property and presigning in
 * {@link MinioAutoConfiguration}.
 */
class MinioAutoConfigurationPresignTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
        .withPropertyValues("minio.endpoint=http://minio:9000", "minio.region=us-east-1");

    @Test
    void presignedUrlsPointToTheEndpointByDefault() {
        this.contextRunner.withPropertyValues("minio.access-key=app", "minio.secret-key=app-secret-key")
            .run((context) -> {
                String url = context.getBean(MinioTemplate.class).presignedGetObject("b-1", "k");
                assertThat(URI.create(url)).hasHost("minio").hasPort(9000);
            });
    }

    @Test
    void presignedUrlsPointToThePublicEndpointWhenConfigured() {
        this.contextRunner
            .withPropertyValues("minio.access-key=app", "minio.secret-key=app-secret-key",
                    "minio.public-endpoint=https://files.example.com")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                assertThat(template.endpoint()).hasHost("minio");
                assertThat(URI.create(template.presignedPutObject("b-1", "k"))).hasScheme("https")
                    .hasHost("files.example.com")
                    .hasPath("/b-1/k");
            });
    }

    @Test
    void anonymousTemplateCannotPresign() {
        this.contextRunner.run((context) -> assertThatIllegalStateException()
            .isThrownBy(() -> context.getBean(MinioTemplate.class).presignedGetObject("b-1", "k")));
    }

}
