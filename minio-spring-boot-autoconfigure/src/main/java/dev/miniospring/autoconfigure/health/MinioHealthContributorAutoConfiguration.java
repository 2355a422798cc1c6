package dev.miniospring.autoconfigure.health;

import java.time.Duration;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.health.MinioHealthIndicator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code minio} health contributor: one
 * {@link MinioHealthIndicator} per {@link MinioTemplate} bean (a composite when there are
 * several). Enabled by {@code management.health.minio.enabled} (default on); never
 * performs I/O at start-up.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MinioAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, MinioTemplate.class })
@ConditionalOnBean(MinioTemplate.class)
@ConditionalOnEnabledHealthIndicator("minio")
@EnableConfigurationProperties(MinioHealthProperties.class)
public final class MinioHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<MinioHealthIndicator, MinioTemplate> {

    MinioHealthContributorAutoConfiguration(MinioHealthProperties properties) {
        super((template) -> new MinioHealthIndicator(template, properties.buckets(), checkTimeout(properties)));
    }

    private static Duration checkTimeout(MinioHealthProperties properties) {
        Duration timeout = properties.timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidConfigurationPropertyValueException("minio.health.timeout", timeout,
                    "minio.health.timeout must be positive (at least 1ms)");
        }
        return timeout;
    }

    @Bean
    @ConditionalOnMissingBean(name = { "minioHealthIndicator", "minioHealthContributor" })
    HealthContributor minioHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, MinioTemplate.class);
    }

}
