package dev.miniospring.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.observation.MinioObservationDocumentation.LowCardinalityKeyNames;

/**
 * The default convention: observation {@code minio.client.operations} tagged with
 * {@code operation}, {@code outcome}, {@code error}, {@code error.code} and, when
 * enabled, {@code bucket}.
 *
 * @since 0.1.0
 */
public class DefaultMinioObservationConvention implements MinioObservationConvention {

    /**
     * The observation (and timer) name.
     */
    public static final String NAME = "minio.client.operations";

    private final boolean bucketTag;

    /**
     * Creates the convention without a bucket tag.
     */
    public DefaultMinioObservationConvention() {
        this(false);
    }

    /**
     * Creates the convention.
     * @param bucketTag whether to tag observations with the bucket (only for a bounded
     * set of buckets)
     */
    public DefaultMinioObservationConvention(boolean bucketTag) {
        this.bucketTag = bucketTag;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(MinioObservationContext context) {
        return "minio " + context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(MinioObservationContext context) {
        KeyValues keyValues = KeyValues.of(LowCardinalityKeyNames.OPERATION.withValue(context.getOperation()),
                outcome(context), error(context), errorCode(context));
        if (this.bucketTag && context.getBucket() != null) {
            keyValues = keyValues.and(LowCardinalityKeyNames.BUCKET.withValue(context.getBucket()));
        }
        return keyValues;
    }

    private static KeyValue outcome(MinioObservationContext context) {
        return LowCardinalityKeyNames.OUTCOME.withValue((context.getError() != null) ? "ERROR" : "SUCCESS");
    }

    private static KeyValue error(MinioObservationContext context) {
        Throwable error = context.getError();
        return LowCardinalityKeyNames.ERROR.withValue((error != null) ? error.getClass().getSimpleName() : "none");
    }

    private static KeyValue errorCode(MinioObservationContext context) {
        String code = (context.getError() instanceof MinioErrorResponseException response) ? response.code() : "none";
        return LowCardinalityKeyNames.ERROR_CODE.withValue(code);
    }

}
