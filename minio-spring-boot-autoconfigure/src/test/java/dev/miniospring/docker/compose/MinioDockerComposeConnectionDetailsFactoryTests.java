package dev.miniospring.docker.compose;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.autoconfigure.MinioConnectionDetails;
import dev.miniospring.core.MinioTemplate;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Creates {@link MinioConnectionDetails} for Docker Compose services from
 * {@link RunningService} test doubles (no Docker engine is needed), through Boot's
 * {@link ConnectionDetailsFactories} and the registered factories.
 */
class MinioDockerComposeConnectionDetailsFactoryTests {

    private final RunningService service = mock(RunningService.class);

    private final ConnectionPorts ports = mock(ConnectionPorts.class);

    private final Map<String, @Nullable String> env = new HashMap<>();

    private final Map<String, String> labels = new HashMap<>();

    MinioDockerComposeConnectionDetailsFactoryTests() {
        given(this.service.name()).willReturn("minio");
        given(this.service.host()).willReturn("docker-host");
        given(this.service.ports()).willReturn(this.ports);
        given(this.service.env()).willReturn(this.env);
        given(this.service.labels()).willReturn(this.labels);
        given(this.ports.get(9000)).willReturn(32768);
    }

    @Test
    void minioServiceGivesEndpointAndRootCredentials() {
        this.env.putAll(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD", "s3cr3t-pw"));
        MinioConnectionDetails details = connectionDetails("minio/minio:RELEASE.2025-09-07T16-13-09Z");
        assertThat(details.endpoint()).isEqualTo("http://docker-host:32768");
        assertThat(details.accessKey()).isEqualTo("admin");
        assertThat(details.secretKey()).isEqualTo("s3cr3t-pw");
        assertThat(details.region()).isEqualTo("us-east-1");
    }

    @Test
    void minioImageFromQuayIsAccepted() {
        assertThat(connectionDetails("quay.io/minio/minio:latest").endpoint()).isEqualTo("http://docker-host:32768");
    }

    @Test
    void minioServiceWithoutCredentialsUsesMinioDefaults() {
        MinioConnectionDetails details = connectionDetails("minio/minio");
        assertThat(details.accessKey()).isEqualTo("minioadmin");
        assertThat(details.secretKey()).isEqualTo("minioadmin");
    }

    @Test
    void minioServiceWithEmptyCredentialsUsesMinioDefaults() {
        this.env.put("MINIO_ROOT_USER", "");
        this.env.put("MINIO_ROOT_PASSWORD", null);
        assertThat(connectionDetails("minio/minio").accessKey()).isEqualTo("minioadmin");
    }

    @Test
    void minioServiceWithRegionSignsForIt() {
        this.env.put("MINIO_SITE_REGION", "eu-central-1");
        assertThat(connectionDetails("minio/minio").region()).isEqualTo("eu-central-1");
    }

    @Test
    void minioServiceWithOnlyTheUserFailsWithoutGuessing() {
        this.env.put("MINIO_ROOT_USER", "admin");
        assertThatIllegalStateException().isThrownBy(() -> connectionDetails("minio/minio"))
            .withMessageContaining("both MINIO_ROOT_USER and MINIO_ROOT_PASSWORD");
    }

    @Test
    void minioServiceWithOnlyThePasswordFailsWithoutShowingIt() {
        this.env.put("MINIO_ROOT_PASSWORD", "s3cr3t-pw");
        assertThatIllegalStateException().isThrownBy(() -> connectionDetails("minio/minio"))
            .withMessageContaining("both MINIO_ROOT_USER and MINIO_ROOT_PASSWORD")
            .withMessageNotContaining("s3cr3t-pw");
    }

    @Test
    void minioServiceWithPasswordFileIsRejected() {
        this.env.putAll(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD_FILE", "/run/secrets/minio"));
        assertThatIllegalStateException().isThrownBy(() -> connectionDetails("minio/minio"))
            .withMessage("MINIO_ROOT_PASSWORD_FILE is not supported: set MINIO_ROOT_PASSWORD in the service's "
                    + "environment");
    }

    @Test
    void minioServiceWithDeprecatedKeysIsRejected() {
        this.env.putAll(Map.of("MINIO_ACCESS_KEY", "admin", "MINIO_SECRET_KEY", "s3cr3t-pw"));
        assertThatIllegalStateException().isThrownBy(() -> connectionDetails("minio/minio"))
            .withMessageContaining("MINIO_ACCESS_KEY and MINIO_SECRET_KEY are not supported")
            .withMessageNotContaining("s3cr3t-pw");
    }

    @Test
    void bitnamiServiceGivesEndpointAndRootCredentials() {
        this.env.putAll(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD", "s3cr3t-pw"));
        MinioConnectionDetails details = connectionDetails("bitnami/minio:2025.7.23");
        assertThat(details.endpoint()).isEqualTo("http://docker-host:32768");
        assertThat(details.accessKey()).isEqualTo("admin");
        assertThat(details.secretKey()).isEqualTo("s3cr3t-pw");
    }

    @Test
    void bitnamiServiceWithoutCredentialsUsesBitnamiDefaults() {
        MinioConnectionDetails details = connectionDetails("docker.io/bitnami/minio:2025.7.23");
        assertThat(details.accessKey()).isEqualTo("minio");
        assertThat(details.secretKey()).isEqualTo("miniosecret");
    }

    @Test
    void bitnamiServiceDefaultsEachCredentialOnItsOwn() {
        this.env.put("MINIO_ROOT_USER", "admin");
        MinioConnectionDetails details = connectionDetails("bitnami/minio");
        assertThat(details.accessKey()).isEqualTo("admin");
        assertThat(details.secretKey()).isEqualTo("miniosecret");
    }

    @Test
    void bitnamiServiceWithOwnPortAndSchemeUsesThem() {
        this.env.putAll(Map.of("MINIO_API_PORT_NUMBER", "9100", "MINIO_SCHEME", "https"));
        given(this.ports.get(9100)).willReturn(40000);
        assertThat(connectionDetails("bitnami/minio").endpoint()).isEqualTo("https://docker-host:40000");
    }

    @Test
    void bitnamiServiceWithPasswordFileIsRejected() {
        this.env.put("MINIO_ROOT_PASSWORD_FILE", "/run/secrets/minio");
        assertThatIllegalStateException().isThrownBy(() -> connectionDetails("bitnami/minio"))
            .withMessageStartingWith("MINIO_ROOT_PASSWORD_FILE is not supported");
    }

    @Test
    void serviceLabelledAsBitnamiMinioUsesBitnamiDefaults() {
        this.labels.put("org.springframework.boot.service-connection", "bitnami/minio");
        assertThat(connectionDetails("registry.example.com/mirror/minio:1").secretKey()).isEqualTo("miniosecret");
    }

    @Test
    void otherImagesAreIgnored() {
        assertThat(factories().getConnectionDetails(source("redis:7"), false)).isEmpty();
    }

    @Test
    void toStringNeverShowsTheSecretKey() {
        this.env.putAll(Map.of("MINIO_ROOT_USER", "admin", "MINIO_ROOT_PASSWORD", "s3cr3t-pw"));
        assertThat(connectionDetails("minio/minio"))
            .hasToString("MinioDockerComposeConnectionDetails[endpoint=http://docker-host:32768, accessKey=admin, "
                    + "secretKey=******, region=us-east-1]");
    }

    @Test
    void templateIsConfiguredFromTheServiceWithoutMinioProperties() {
        MinioConnectionDetails details = connectionDetails("minio/minio");
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withBean(MinioConnectionDetails.class, () -> details)
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(MinioTemplate.class)
                .getBean(MinioConnectionDetails.class)
                .isSameAs(details));
    }

    private MinioConnectionDetails connectionDetails(String image) {
        Map<Class<?>, ConnectionDetails> details = factories().getConnectionDetails(source(image), true);
        return (MinioConnectionDetails) details.get(MinioConnectionDetails.class);
    }

    private DockerComposeConnectionSource source(String image) {
        given(this.service.image()).willReturn(ImageReference.of(image));
        DockerComposeConnectionSource source = mock(DockerComposeConnectionSource.class);
        given(source.getRunningService()).willReturn(this.service);
        return source;
    }

    private static ConnectionDetailsFactories factories() {
        return new ConnectionDetailsFactories(null);
    }

}
