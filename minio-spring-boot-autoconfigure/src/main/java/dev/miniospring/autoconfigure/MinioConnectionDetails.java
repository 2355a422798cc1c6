package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to an S3 server. Every MinIO bean reads its connection
 * information from here, so a service connection (Testcontainers, Docker Compose) can
 * replace the {@code minio.*} properties.
 *
 * @since 0.1.0
 */
public interface MinioConnectionDetails extends ConnectionDetails {

    /**
     * Returns the URL of the server, such as {@code http://localhost:9000}.
     * @return the endpoint
     */
    String endpoint();

    /**
     * Returns the access key.
     * @return the access key, or {@code null} for anonymous access
     */
    default @Nullable String accessKey() {
        return null;
    }

    /**
     * Returns the secret key.
     * @return the secret key, or {@code null} for anonymous access
     */
    default @Nullable String secretKey() {
        return null;
    }

    /**
     * Returns the region to sign every request with.
     * @return the region, or {@code null} to discover it per bucket
     */
    default @Nullable String region() {
        return null;
    }

    /**
     * Returns the session token of temporary credentials, sent with the access key and
     * secret key.
     * @return the session token, or {@code null} for long-term keys
     */
    default @Nullable String sessionToken() {
        return null;
    }

}
