package dev.miniospring.autoconfigure.health;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration properties of the MinIO health indicator.
 *
 * @param buckets Buckets that must exist for the server to be reported UP. When empty, the check lists buckets.
 */
@ConfigurationProperties("minio.health")
public record MinioHealthProperties(@DefaultValue List<String> buckets) {

}
