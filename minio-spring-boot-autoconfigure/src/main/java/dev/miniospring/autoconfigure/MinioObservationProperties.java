package dev.miniospring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the MinIO observations and meters.
 *
 * @param bucketTag Whether to tag the 'minio.client.operations' observations with the
 * bucket name. Enable only when the application uses a small, fixed set of buckets.
 * @since 0.1.0
 */
@ConfigurationProperties("minio.observations")
public record MinioObservationProperties(boolean bucketTag) {

}
