package dev.miniospring.autoconfigure;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second template built from the auto-configured {@link MinioTemplateBuilder} bean, on
 * a real S3 server: its operations are timed as {@code minio.client.operations} in the
 * application's meter registry, next to those of the auto-configured template.
 */
@S3ServerTest
class MinioTemplateBuilderIntegrationTests {

    @Test
    void anExtraTemplateIsTimedInTheApplicationsMeterRegistry(S3TestServer server) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withBean(MeterRegistry.class, () -> meters)
            .withBean(ObservationRegistry.class, () -> observationRegistry(meters))
            .withPropertyValues("minio.endpoint=" + server.endpoint(), "minio.access-key=" + server.accessKey(),
                    "minio.secret-key=" + server.secretKey(), "minio.region=us-east-1")
            .run((context) -> {
                MinioTemplate extra = context.getBean(MinioTemplateBuilder.class)
                    .endpoint(server.endpoint().toString())
                    .credentials(server.accessKey(), server.secretKey())
                    .region("us-east-1")
                    .build();
                String bucket = UniqueBucketNames.unique("extra");
                extra.makeBucket(bucket);
                assertThat(extra.bucketExists(bucket)).isTrue();
                assertThat(context.getBean(MinioTemplate.class).bucketExists(bucket)).isTrue();
                assertThat(timer(meters, "makeBucket").count()).isEqualTo(1);
                assertThat(timer(meters, "bucketExists").count()).isEqualTo(2);
                extra.removeBucket(bucket);
            });
    }

    private static Timer timer(MeterRegistry meters, String operation) {
        return meters.get("minio.client.operations").tag("operation", operation).timer();
    }

    private static ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }

}
