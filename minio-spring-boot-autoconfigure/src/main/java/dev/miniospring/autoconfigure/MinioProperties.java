package dev.miniospring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.AddressingStyle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for MinIO and S3-compatible object storage.
 *
 * @param endpoint URL of the S3 server, such as {@code http://localhost:9000} or {@code https://play.min.io}; the
 * scheme decides TLS. A host without scheme is rejected.
 * @param accessKey access key (user name); leave both keys empty for anonymous access
 * @param secretKey secret key (password); leave both keys empty for anonymous access
 * @param region region used to sign every request; when empty, each bucket's region is discovered once with
 * GetBucketLocation and cached
 * @param addressingStyle how buckets appear in URLs: 'auto' (virtual-host style for AWS hosts, path style
 * elsewhere), 'path' or 'virtual-host'
 * @param connectTimeout connect timeout of the HTTP client; defaults to the 'spring.http.clients' settings
 * @param readTimeout read timeout of the HTTP client; defaults to the 'spring.http.clients' settings
 * @param partSize part size of multipart uploads, 5MB to 5GB (at most 2047MB, as parts are buffered in memory); objects
 * up to this size are uploaded in one PUT; an upload holds at most part-size × (upload-concurrency + 1) in memory
 * @param uploadConcurrency number of parts of one multipart upload sent in parallel
 * @param enabled whether to auto-configure a MinioTemplate
 */
@ConfigurationProperties("minio")
public record MinioProperties(@Nullable String endpoint, @Nullable String accessKey, @Nullable String secretKey,
        @Nullable String region, @DefaultValue("auto") AddressingStyle addressingStyle,
        @Nullable Duration connectTimeout, @Nullable Duration readTimeout, @DefaultValue("16MB") DataSize partSize,
        @DefaultValue("4") int uploadConcurrency, @DefaultValue("true") boolean enabled) {

    @Override
    public String toString() {
        return "MinioProperties[endpoint=" + this.endpoint + ", accessKey=" + this.accessKey + ", secretKey="
                + ((this.secretKey != null) ? "******" : null) + ", region=" + this.region + ", addressingStyle="
                + this.addressingStyle + ", partSize=" + this.partSize + ", uploadConcurrency=" + this.uploadConcurrency
                + ", enabled=" + this.enabled + "]";
    }

}
