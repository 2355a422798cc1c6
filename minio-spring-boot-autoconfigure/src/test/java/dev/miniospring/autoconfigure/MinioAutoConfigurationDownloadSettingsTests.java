package dev.miniospring.autoconfigure;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the download settings of {@link MinioAutoConfiguration}:
 * {@code minio.download.*} bound with their defaults and applied to the template.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationDownloadSettingsTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
        .withPropertyValues("minio.access-key=access", "minio.secret-key=secret", "minio.region=us-east-1");

    @Test
    void defaultsAre8MibRangesAnd8InFlight() {
        this.contextRunner.withPropertyValues("minio.endpoint=http://localhost:9000").run((context) -> {
            MinioProperties properties = context.getBean(MinioProperties.class);
            assertThat(properties.download().partSize()).isEqualTo(DataSize.ofMegabytes(8));
            assertThat(properties.download().concurrency()).isEqualTo(8);
        });
    }

    @Test
    void concurrencyOfOneReachesTheTemplate(WireMockServer server, @TempDir Path directory) {
        server.stubFor(head(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")
            .withHeader("Content-Length", "3")
            .withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")));
        server.stubFor(get(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")
            .withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")
            .withBody("abc")));
        download(server, directory, "minio.download.part-size=2MB");
        server.verify(1, headRequestedFor(urlPathEqualTo("/bucket/key")));
        download(server, directory, "minio.download.concurrency=1");
        server.verify(1, headRequestedFor(urlPathEqualTo("/bucket/key")));
    }

    private void download(WireMockServer server, Path directory, String property) {
        this.contextRunner.withPropertyValues("minio.endpoint=" + server.baseUrl(), property).run((context) -> {
            assertThat(context.getBean(MinioProperties.class).download().partSize().toMegabytes())
                .isEqualTo(property.endsWith("2MB") ? 2 : 8);
            context.getBean(MinioTemplate.class).fgetObject("bucket", "key", directory.resolve("file"));
            assertThat(directory.resolve("file")).hasContent("abc");
        });
    }

}
