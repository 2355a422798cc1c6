package dev.miniospring.testcontainers;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.testcontainers.service.connection.UnstartedContainerSources;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Maps container objects whose endpoint getters are stubbed (no Docker engine is needed) to
 * {@link MinioConnectionDetails}.
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
    void mapsMinioContainer() throws Exception {
        MinIOContainer container = mock(MinIOContainer.class);
        given(container.getS3URL()).willReturn("http://localhost:32768");
        given(container.getUserName()).willReturn("root-user");
        given(container.getPassword()).willReturn("root-password");
        MinioConnectionDetails details = connectionDetails(
                UnstartedContainerSources.of(MinIOContainer.class, "minio/minio:latest", container));
        assertThat(details.endpoint()).isEqualTo("http://localhost:32768");
        assertThat(details.accessKey()).isEqualTo("root-user");
        assertThat(details.secretKey()).isEqualTo("root-password");
        assertThat(details.region()).isEqualTo("us-east-1");
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void mapsGenericMinioImageContainer() throws Exception {
        GenericContainer container = mock(GenericContainer.class);
        given(container.getHost()).willReturn("docker-host");
        given(container.getMappedPort(9000)).willReturn(49153);
        given(container.getEnvMap()).willReturn(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD", "pw12345678"));
        MinioConnectionDetails details = connectionDetails(
                UnstartedContainerSources.of((Class) GenericContainer.class, "minio/minio:RELEASE.2025", container));
        assertThat(details.endpoint()).isEqualTo("http://docker-host:49153");
        assertThat(details.accessKey()).isEqualTo("admin");
        assertThat(details.secretKey()).isEqualTo("pw12345678");
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void ignoresGenericContainersOfOtherImages() {
        GenericContainer container = mock(GenericContainer.class);
        Map<Class<?>, ?> details = new ConnectionDetailsFactories(null).getConnectionDetails(
                UnstartedContainerSources.of((Class) GenericContainer.class, "redis:7", container), false);
        assertThat(details).doesNotContainKey(MinioConnectionDetails.class);
    }

    private static MinioConnectionDetails connectionDetails(Object source) throws Exception {
        Map<Class<?>, ?> all = new ConnectionDetailsFactories(null).getConnectionDetails(source, true);
        MinioConnectionDetails details = (MinioConnectionDetails) all.get(MinioConnectionDetails.class);
        assertThat(details).isNotNull();
        ((org.springframework.beans.factory.InitializingBean) details).afterPropertiesSet();
        return details;
    }

}
