package dev.miniospring.autoconfigure;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.StatObjectOptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@code minio.allow-customer-keys-over-http} of
 * {@link MinioAutoConfiguration}: an endpoint where nothing listens tells a call refused
 * before sending from one that was sent.
 */
class MinioAutoConfigurationCustomerKeysTests {

    private static final StatObjectOptions WITH_KEY = StatObjectOptions.none()
        .withCustomerKey(ServerSideEncryption.customerKey(new byte[32]));

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
        .withPropertyValues("minio.endpoint=http://127.0.0.1:1", "minio.access-key=access", "minio.secret-key=secret",
                "minio.retry.max-attempts=1");

    @Test
    void customerKeysAreRefusedOverHttpByDefault() {
        this.contextRunner.run((context) -> assertThatIllegalArgumentException()
            .isThrownBy(() -> context.getBean(MinioTemplate.class).statObject("bucket", "key", WITH_KEY))
            .withMessageContaining("plain http"));
    }

    @Test
    void customerKeysAreSentOverHttpWhenAllowed() {
        this.contextRunner.withPropertyValues("minio.allow-customer-keys-over-http=true")
            .run((context) -> assertThatExceptionOfType(MinioTransportException.class)
                .isThrownBy(() -> context.getBean(MinioTemplate.class).statObject("bucket", "key", WITH_KEY)));
    }

}
