package dev.miniospring.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the auto-configured MinioTemplate and of
 * the templates built from the {@code MinioTemplateBuilder} bean (not the application's
 * other clients), applied in {@link org.springframework.core.Ordered order}. Interceptors
 * added here are removed (they would buffer request bodies) and the request factory is
 * replaced by the signing one; choose the HTTP client with
 * {@code spring.http.clients.imperative.factory}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MinioRestClientCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder
     */
    void customize(RestClient.Builder builder);

}
