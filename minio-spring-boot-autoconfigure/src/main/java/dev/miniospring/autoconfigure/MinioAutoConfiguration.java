package dev.miniospring.autoconfigure;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.observation.MicrometerTransferMetrics;
import dev.miniospring.observation.TransferMetrics;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.S3RequestSigner;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of a {@link MinioTemplate} from {@link MinioConnectionDetails} (by
 * default the {@code minio.*} properties), and of a prototype
 * {@link MinioTemplateBuilder} bean carrying the application's settings for further
 * templates. Performs no network I/O at start-up.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
        "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ RestClient.class, MinioTemplate.class })
@ConditionalOnBooleanProperty(name = "minio.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ MinioProperties.class, MinioObservationProperties.class })
@Import(MinioCredentialsConfiguration.class)
public final class MinioAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MinioConnectionDetails.class)
    PropertiesMinioConnectionDetails minioConnectionDetails(MinioProperties properties) {
        return new PropertiesMinioConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    S3RequestSigner minioRequestSigner() {
        return new AwsV4RequestSigner();
    }

    @Bean
    MinioTemplateBuilderConfigurer minioTemplateBuilderConfigurer(MinioProperties properties,
            MinioObservationProperties observationProperties, Environment environment, ListableBeanFactory beans) {
        return new MinioTemplateBuilderConfigurer(properties, observationProperties, environment, beans);
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    MinioTemplateBuilder minioTemplateBuilder(MinioTemplateBuilderConfigurer configurer) {
        return configurer.configure(MinioTemplate.builder());
    }

    @Bean
    @ConditionalOnMissingBean(MinioOperations.class)
    MinioTemplate minioTemplate(MinioTemplateBuilder minioTemplateBuilder, MinioConnectionDetails connectionDetails,
            MinioProperties properties, ObjectProvider<MinioCredentialsProvider> credentialsProvider) {
        MinioCredentialsProvider provider = credentialsProvider.getIfAvailable();
        return minioTemplateBuilder.endpoint(connectionDetails.endpoint())
            .publicEndpoint(properties.publicEndpoint())
            .credentialsProvider((provider != null) ? provider : credentials(connectionDetails, properties))
            .region(connectionDetails.region())
            .addressingStyle(properties.addressingStyle())
            .build();
    }

    @Bean
    static ReplacedTemplateWarning minioReplacedTemplateWarning(ListableBeanFactory beanFactory,
            Environment environment) {
        return new ReplacedTemplateWarning(beanFactory, environment);
    }

    @Bean
    MinioTemplateLifecycle minioTemplateLifecycle(ObjectProvider<MinioTemplate> templates, Environment environment) {
        return new MinioTemplateLifecycle(templates,
                Binder.get(environment)
                    .bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
                    .orElse(Duration.ofSeconds(30)));
    }

    private static @Nullable MinioCredentialsProvider credentials(MinioConnectionDetails connectionDetails,
            MinioProperties properties) {
        if (properties.credentials().awsSdk()) {
            throw new InvalidConfigurationPropertyValueException("minio.credentials.aws-sdk", "true",
                    "The AWS SDK's credentials need software.amazon.awssdk:auth on the classpath");
        }
        boolean hasAccessKey = StringUtils.hasText(connectionDetails.accessKey());
        boolean hasSecretKey = StringUtils.hasText(connectionDetails.secretKey());
        if (hasAccessKey != hasSecretKey) {
            throw new IllegalStateException(connectionDetails.getClass().getSimpleName()
                    + " provides only one of access key and secret key: provide both, or neither for anonymous access");
        }
        return hasAccessKey ? MinioCredentialsProvider.of(new MinioCredentials(connectionDetails.accessKey(),
                connectionDetails.secretKey(), connectionDetails.sessionToken())) : null;
    }

    /**
     * Transfer metrics when Micrometer is on the classpath and the application has a
     * {@link MeterRegistry}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MinioMeterConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(MeterRegistry.class)
        TransferMetrics minioTransferMetrics(MeterRegistry meterRegistry) {
            return new MicrometerTransferMetrics(meterRegistry);
        }

    }

}
