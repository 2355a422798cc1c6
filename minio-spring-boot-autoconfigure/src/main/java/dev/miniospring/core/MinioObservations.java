package dev.miniospring.core;

import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.miniospring.observation.DefaultMinioObservationConvention;
import dev.miniospring.observation.MinioObservationContext;
import dev.miniospring.observation.MinioObservationConvention;
import dev.miniospring.observation.MinioObservationDocumentation;

import org.springframework.util.Assert;

/**
 * Runs template operations inside {@code minio.client.operations} observations, so they
 * produce timers and spans.
 */
final class MinioObservations {

    private static final DefaultMinioObservationConvention DEFAULT_CONVENTION = new DefaultMinioObservationConvention();

    private final ObservationRegistry registry;

    private final @Nullable MinioObservationConvention convention;

    /**
     * Creates the observations.
     * @param registry the registry ({@link ObservationRegistry#NOOP} to observe nothing)
     * @param convention a custom convention, or {@code null} for the default
     */
    public MinioObservations(ObservationRegistry registry, @Nullable MinioObservationConvention convention) {
        Assert.notNull(registry, "'registry' must not be null");
        this.registry = registry;
        this.convention = convention;
    }

    /**
     * Observations that record nothing.
     * @return the no-op observations
     */
    public static MinioObservations noop() {
        return new MinioObservations(ObservationRegistry.NOOP, null);
    }

    /**
     * Runs an operation inside an observation; an exception is recorded on the
     * observation and rethrown.
     * @param <T> the result type
     * @param operation the template method
     * @param bucket the bucket, if any
     * @param action the operation
     * @return the result of the operation
     */
    public <T> T observe(String operation, @Nullable String bucket, Supplier<T> action) {
        return MinioObservationDocumentation.CLIENT_OPERATION
            .observation(this.convention, DEFAULT_CONVENTION, () -> new MinioObservationContext(operation, bucket),
                    this.registry)
            .observe(action);
    }

    /**
     * Runs an operation without result inside an observation.
     * @param operation the template method
     * @param bucket the bucket, if any
     * @param action the operation
     */
    public void run(String operation, @Nullable String bucket, Runnable action) {
        observe(operation, bucket, () -> {
            action.run();
            return null;
        });
    }

}
