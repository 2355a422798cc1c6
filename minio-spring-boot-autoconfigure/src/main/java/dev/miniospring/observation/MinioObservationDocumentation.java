package dev.miniospring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documents the {@code minio.client.operations} observation and its tags.
 *
 * @since 0.1.0
 */
public enum MinioObservationDocumentation implements ObservationDocumentation {

    /**
     * One call of a {@link dev.miniospring.core.MinioTemplate} method.
     */
    CLIENT_OPERATION {

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultMinioObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

    };

    /**
     * The low-cardinality tags.
     */
    public enum LowCardinalityKeyNames implements KeyName {

        /**
         * The template method, such as {@code putObject}.
         */
        OPERATION {
            @Override
            public String asString() {
                return "operation";
            }
        },

        /**
         * {@code SUCCESS} or {@code ERROR}.
         */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /**
         * The exception's simple class name, or {@code none}: the same value Micrometer's
         * meter handler writes into its own {@code error} tag of the timer.
         */
        ERROR {
            @Override
            public String asString() {
                return "error";
            }
        },

        /**
         * The S3 error code such as {@code NoSuchKey}, or {@code none} when the call
         * succeeded or failed without an S3 error answer.
         */
        ERROR_CODE {
            @Override
            public String asString() {
                return "error.code";
            }
        },

        /**
         * The bucket; only when enabled, as buckets may be unbounded.
         */
        BUCKET {
            @Override
            public String asString() {
                return "bucket";
            }

            @Override
            public boolean isRequired() {
                return false;
            }
        }

    }

}
