package dev.miniospring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of {@link dev.miniospring.core.MinioTemplate}
 * operations. Declare a bean of this type to change them; the default is
 * {@link DefaultMinioObservationConvention}.
 *
 * @since 0.1.0
 */
public interface MinioObservationConvention extends ObservationConvention<MinioObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof MinioObservationContext;
    }

}
