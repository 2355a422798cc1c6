package dev.miniospring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration that keeps Apache HttpClient 5, which the starter brings for the
 * template, from changing the HTTP client Spring Boot detects for the application's own
 * {@code RestClient}s; applies whether or not a template is auto-configured.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(name = { "org.apache.hc.client5.http.impl.classic.HttpClients",
        "org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer" })
public final class MinioHttpClientDetectionAutoConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationHttpClientDetection minioApplicationHttpClientDetection(Environment environment,
            ResourceLoader resourceLoader) {
        return new ApplicationHttpClientDetection(environment, resourceLoader.getClassLoader());
    }

}
