package dev.miniospring.autoconfigure;

import java.time.Duration;

import dev.miniospring.resource.ResourceSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of {@code minio://} resources.
 *
 * @param urlExpiry How long the presigned URL of a minio:// resource (getURL) stays
 * valid, 1 second to 7 days.
 * @param stallTimeout Longest wait of a minio:// resource's output stream for the other
 * side: the writer for buffer room, the upload for data, close() for the upload to
 * finish.
 * @param bufferSize Bytes buffered between the writer of a minio:// resource and its
 * upload, on top of the part buffers of the upload.
 * @since 0.1.0
 */
@ConfigurationProperties("minio.resource")
public record MinioResourceProperties(@DefaultValue("1h") Duration urlExpiry, @DefaultValue("2m") Duration stallTimeout,
        @DefaultValue("64KB") DataSize bufferSize) {

    ResourceSettings toSettings() {
        return new ResourceSettings(this.urlExpiry, this.stallTimeout, Math.toIntExact(this.bufferSize.toBytes()));
    }

}
