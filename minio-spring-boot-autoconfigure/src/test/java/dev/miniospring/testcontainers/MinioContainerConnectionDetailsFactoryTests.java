package dev.miniospring.testcontainers;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsNotFoundException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Maps container objects whose endpoint getters are stubbed (no Docker engine is needed)
 * to {@link MinioConnectionDetails}.
 */
class MinioContainerConnectionDetailsFactoryTests {

    @Test
    void factoriesAreRegistered() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
            .load(org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory.class))
            .hasAtLeastOneElementOfType(MinioContainerConnectionDetailsFactory.class)
            .hasAtLeastOneElementOfType(MinioGenericContainerConnectionDetailsFactory.class);
    }

    @Test
    void mapsMinioContainer() {
        MinIOContainer container = mock(MinIOContainer.class);
        given(container.getS3URL()).willReturn("http://localhost:32768");
        given(container.getUserName()).willReturn("root-user");
        given(container.getPassword()).willReturn("root-password");
        runner(new UnstartedContainerBeanDefinition(MinIOContainer.class, "minio/minio:latest", container))
            .run((context) -> {
                MinioConnectionDetails details = context.getBean(MinioConnectionDetails.class);
                assertThat(details.endpoint()).isEqualTo("http://localhost:32768");
                assertThat(details.accessKey()).isEqualTo("root-user");
                assertThat(details.secretKey()).isEqualTo("root-password");
                assertThat(details.region()).isEqualTo("us-east-1");
            });
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void mapsGenericMinioImageContainer() {
        GenericContainer container = mock(GenericContainer.class);
        given(container.getHost()).willReturn("docker-host");
        given(container.getMappedPort(9000)).willReturn(49153);
        given(container.getEnvMap())
            .willReturn(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD", "pw12345678"));
        runner(new UnstartedContainerBeanDefinition((Class) GenericContainer.class, "minio/minio:RELEASE.2025",
                container))
            .run((context) -> {
                MinioConnectionDetails details = context.getBean(MinioConnectionDetails.class);
                assertThat(details.endpoint()).isEqualTo("http://docker-host:49153");
                assertThat(details.accessKey()).isEqualTo("admin");
                assertThat(details.secretKey()).isEqualTo("pw12345678");
            });
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void ignoresGenericContainersOfOtherImages() {
        GenericContainer container = mock(GenericContainer.class);
        runner(new UnstartedContainerBeanDefinition((Class) GenericContainer.class, "redis:7", container))
            .run((context) -> assertThat(context).getFailure()
                .isInstanceOf(ConnectionDetailsNotFoundException.class)
                .hasMessageContaining("No ConnectionDetails found"));
    }

    private static ApplicationContextRunner runner(UnstartedContainerBeanDefinition container) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class))
            .withInitializer(
                    (context) -> ((GenericApplicationContext) context).registerBeanDefinition("container", container));
    }

}
