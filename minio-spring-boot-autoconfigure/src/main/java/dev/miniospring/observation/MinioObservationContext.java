package dev.miniospring.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of one observed {@link dev.miniospring.core.MinioTemplate} operation.
 *
 * @since 0.1.0
 */
public class MinioObservationContext extends Observation.Context {

    private final String operation;

    private final @Nullable String bucket;

    /**
     * Creates a context.
     * @param operation the template method, such as {@code putObject}
     * @param bucket the bucket the operation works on, if any
     */
    public MinioObservationContext(String operation, @Nullable String bucket) {
        this.operation = operation;
        this.bucket = bucket;
    }

    /**
     * Returns the template method.
     * @return the operation name
     */
    public String getOperation() {
        return this.operation;
    }

    /**
     * Returns the bucket of the operation.
     * @return the bucket, or {@code null} for account-level operations
     */
    public @Nullable String getBucket() {
        return this.bucket;
    }

}
