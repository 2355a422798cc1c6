package dev.miniospring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.listener.ListenerBackoff;
import dev.miniospring.listener.LoggingMinioListenerErrorHandler;
import dev.miniospring.listener.MinioListenerAnnotationBeanPostProcessor;
import dev.miniospring.listener.MinioListenerContainer;
import dev.miniospring.listener.MinioListenerErrorHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@code @MinioListener} methods: the post-processor that finds
 * them, the container that runs their subscriptions with the application context, and a
 * logging {@link MinioListenerErrorHandler}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MinioAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnBean(MinioOperations.class)
@EnableConfigurationProperties(MinioListenerProperties.class)
public final class MinioListenerAutoConfiguration {

    @Bean
    static MinioListenerAnnotationBeanPostProcessor minioListenerAnnotationBeanPostProcessor(
            ObjectProvider<MinioListenerContainer> container) {
        return new MinioListenerAnnotationBeanPostProcessor(container::getObject);
    }

    @Bean
    @ConditionalOnMissingBean
    MinioListenerErrorHandler minioListenerErrorHandler() {
        return new LoggingMinioListenerErrorHandler();
    }

    @Bean
    @ConditionalOnMissingBean
    MinioListenerContainer minioListenerContainer(MinioOperations operations, MinioListenerErrorHandler errorHandler,
            ObjectProvider<ObservationRegistry> observationRegistry, MinioListenerProperties properties) {
        ObservationRegistry registry = observationRegistry.getIfAvailable();
        MinioListenerContainer container = new MinioListenerContainer(operations, errorHandler,
                (registry != null) ? registry : ObservationRegistry.NOOP,
                new ListenerBackoff(properties.initialBackoff(), properties.maxBackoff()));
        container.setAutoStartup(properties.autoStartup());
        container.setPhase(properties.phase());
        container.setShutdownTimeout(properties.shutdownTimeout());
        return container;
    }

}
