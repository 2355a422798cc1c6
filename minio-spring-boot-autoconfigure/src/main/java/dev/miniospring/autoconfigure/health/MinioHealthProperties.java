package dev.miniospring.autoconfigure.health;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration properties of the MinIO health indicator.
 *
 * @param buckets Buckets that must exist for the server to be reported UP. When empty,
 * the check lists buckets.
 * @param timeout Connect and read timeout of the health check, which makes a single
 * attempt on a client of its own.
 * @since 0.1.0
 */
@ConfigurationProperties("minio.health")
public record MinioHealthProperties(@DefaultValue List<String> buckets, @DefaultValue("2s") Duration timeout) {

}
