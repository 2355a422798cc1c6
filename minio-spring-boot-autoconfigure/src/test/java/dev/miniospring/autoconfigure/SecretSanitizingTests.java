package dev.miniospring.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator {@code env} and {@code configprops} endpoints mask the secret key even
 * when they show values.
 */
class SecretSanitizingTests {

    private static final String SECRET = "sanitized-secret-4e1b07";

    private static final String SESSION_TOKEN = "sanitized-token-9c2d51";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class, MinioSanitizingAutoConfiguration.class,
                EndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
                ConfigurationPropertiesReportEndpointAutoConfiguration.class))
        .withPropertyValues("minio.endpoint=http://localhost:9000", "minio.access-key=visible-access",
                "minio.secret-key=" + SECRET, "minio.session-token=" + SESSION_TOKEN,
                "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=ALWAYS", "management.endpoint.configprops.show-values=ALWAYS");

    @Test
    void envEndpointMasksTheSecretKeyWhenShowingValues() {
        this.runner.run((context) -> {
            EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
            assertThat(endpoint.environmentEntry("minio.access-key").getProperty().getValue())
                .isEqualTo("visible-access");
            assertThat(endpoint.environmentEntry("minio.secret-key").getProperty().getValue()).isEqualTo("******");
            assertThat(endpoint.environmentEntry("minio.session-token").getProperty().getValue()).isEqualTo("******");
            assertThat(endpoint.environment(null).toString()).doesNotContain(SECRET).doesNotContain(SESSION_TOKEN);
        });
    }

    @Test
    void configpropsEndpointMasksTheSecretKeyWhenShowingValues() {
        this.runner.run((context) -> {
            ConfigurationPropertiesBeanDescriptor minio = minioProperties(
                    context.getBean(ConfigurationPropertiesReportEndpoint.class));
            assertThat(minio.getProperties()).containsEntry("accessKey", "visible-access")
                .containsEntry("secretKey", "******")
                .containsEntry("sessionToken", "******");
            assertThat(minio.getInputs().toString()).contains("visible-access")
                .doesNotContain(SECRET)
                .doesNotContain(SESSION_TOKEN);
        });
    }

    @Test
    void applicationStartsWithoutActuator() {
        this.runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
            .withConfiguration(AutoConfigurations.of(MinioSanitizingAutoConfiguration.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SanitizingFunction.class));
    }

    private static ConfigurationPropertiesBeanDescriptor minioProperties(
            ConfigurationPropertiesReportEndpoint endpoint) {
        return endpoint.configurationPropertiesWithPrefix("minio")
            .getContexts()
            .values()
            .stream()
            .flatMap((descriptor) -> descriptor.getBeans().values().stream())
            .filter((bean) -> bean.getPrefix().equals("minio"))
            .findFirst()
            .orElseThrow();
    }

}
