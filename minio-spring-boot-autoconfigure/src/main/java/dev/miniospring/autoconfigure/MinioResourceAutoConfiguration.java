package dev.miniospring.autoconfigure;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.resource.MinioResourcePatternResolver;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@code minio://bucket/key} resources: a protocol resolver on the
 * application context, and a {@link MinioResourcePatternResolver} that lists
 * {@code minio://} patterns, as a bean and for {@code Resource[]} injection.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MinioAutoConfiguration.class)
@ConditionalOnBean(MinioOperations.class)
@EnableConfigurationProperties(MinioResourceProperties.class)
public final class MinioResourceAutoConfiguration {

    @Bean
    static MinioProtocolResolverRegistrar minioProtocolResolverRegistrar() {
        return new MinioProtocolResolverRegistrar();
    }

    @Bean
    @ConditionalOnMissingBean
    MinioResourcePatternResolver minioResourcePatternResolver(MinioProtocolResolverRegistrar registrar) {
        return registrar.patternResolver();
    }

}
