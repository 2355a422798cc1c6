package dev.miniospring.autoconfigure;

import dev.miniospring.core.MinioTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the upload settings of {@link MinioAutoConfiguration}.
 */
class MinioAutoConfigurationUploadSettingsTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
        .withPropertyValues("minio.endpoint=http://localhost:9000", "minio.access-key=access",
                "minio.secret-key=secret");

    @Test
    void defaultsAre16MibPartsAnd4InFlight() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasSingleBean(MinioTemplate.class);
            MinioProperties properties = context.getBean(MinioProperties.class);
            assertThat(properties.partSize()).isEqualTo(DataSize.ofMegabytes(16));
            assertThat(properties.uploadConcurrency()).isEqualTo(4);
        });
    }

    @Test
    void customSettingsAreBound() {
        this.contextRunner.withPropertyValues("minio.part-size=64MB", "minio.upload-concurrency=2").run((context) -> {
            assertThat(context).hasSingleBean(MinioTemplate.class);
            assertThat(context.getBean(MinioProperties.class).partSize()).isEqualTo(DataSize.ofMegabytes(64));
            assertThat(context.getBean(MinioProperties.class).uploadConcurrency()).isEqualTo(2);
        });
    }

}
