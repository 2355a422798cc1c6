package dev.miniospring.resource;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ProtocolResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;

/**
 * Resolves {@code minio://bucket/key} locations to {@link MinioResource}s, once
 * {@linkplain DefaultResourceLoader#addProtocolResolver added} to a resource loader such
 * as the application context.
 *
 * @since 0.1.0
 */
public class MinioProtocolResolver implements ProtocolResolver {

    private final Supplier<? extends MinioOperations> operations;

    private final ResourceSettings settings;

    /**
     * Creates a resolver.
     * @param operations supplies the template on the first resolution, so that it can be
     * a bean created later
     * @param settings the settings of the resources
     */
    public MinioProtocolResolver(Supplier<? extends MinioOperations> operations, ResourceSettings settings) {
        Assert.notNull(operations, "'operations' must not be null");
        Assert.notNull(settings, "'settings' must not be null");
        this.operations = operations;
        this.settings = settings;
    }

    @Override
    public @Nullable Resource resolve(String location, ResourceLoader resourceLoader) {
        return ObjectLocation.matches(location) ? resolve(location) : null;
    }

    /**
     * Resolves a {@code minio://} location.
     * @param location the location, {@code minio://bucket/key}
     * @return the resource
     */
    public MinioResource resolve(String location) {
        return new MinioResource(this.operations.get(), ObjectLocation.parse(location), this.settings);
    }

}
