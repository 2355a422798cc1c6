package dev.miniospring.autoconfigure;

import dev.miniospring.core.MinioTemplateBuilder;

/**
 * Customizes the auto-configured {@link MinioTemplateBuilder} bean, and so the
 * auto-configured template and every template built from that bean; applied in
 * {@link org.springframework.core.Ordered order}, after the {@code minio.*} properties.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MinioTemplateBuilderCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder
     */
    void customize(MinioTemplateBuilder builder);

}
