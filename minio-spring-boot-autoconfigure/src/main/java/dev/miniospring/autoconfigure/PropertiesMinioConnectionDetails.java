package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Endpoint;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;

/**
 * Adapts {@link MinioProperties} to {@link MinioConnectionDetails}, rejecting an absent
 * or malformed endpoint and a half-configured key pair at start-up.
 */
final class PropertiesMinioConnectionDetails implements MinioConnectionDetails {

    private final MinioProperties properties;

    PropertiesMinioConnectionDetails(MinioProperties properties) {
        this.properties = properties;
        validateEndpoint(properties);
        validateKeyPair(properties);
    }

    private static void validateEndpoint(MinioProperties properties) {
        String endpoint = properties.endpoint();
        if (!StringUtils.hasText(endpoint)) {
            throw new InvalidConfigurationPropertyValueException("minio.endpoint", "",
                    "The endpoint is required: set it to the URL of your S3 server (for example "
                            + "http://localhost:9000), or set minio.enabled=false");
        }
        try {
            S3Endpoint.of(endpoint, properties.addressingStyle());
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidConfigurationPropertyValueException("minio.endpoint", endpoint, ex.getMessage());
        }
    }

    // Both failures name minio.access-key: Boot's failure analyzer prints the named
    // property's value from every
    // other property source, and that must never be the secret key.
    private static void validateKeyPair(MinioProperties properties) {
        boolean hasAccessKey = StringUtils.hasText(properties.accessKey());
        boolean hasSecretKey = StringUtils.hasText(properties.secretKey());
        if (hasAccessKey && !hasSecretKey) {
            throw new InvalidConfigurationPropertyValueException("minio.access-key", properties.accessKey(),
                    "minio.access-key is set but minio.secret-key is not: set both, or neither for anonymous access");
        }
        if (StringUtils.hasText(properties.sessionToken()) && !hasAccessKey) {
            throw new InvalidConfigurationPropertyValueException("minio.access-key", "",
                    "minio.session-token is set but minio.access-key is not: a session token needs both keys");
        }
        if (hasSecretKey && !hasAccessKey) {
            throw new InvalidConfigurationPropertyValueException("minio.access-key", "",
                    "minio.secret-key is set but minio.access-key is not: set both, or neither for anonymous access");
        }
    }

    @Override
    public String endpoint() {
        return this.properties.endpoint();
    }

    @Override
    public @Nullable String accessKey() {
        return emptyToNull(this.properties.accessKey());
    }

    @Override
    public @Nullable String secretKey() {
        return emptyToNull(this.properties.secretKey());
    }

    @Override
    public @Nullable String region() {
        return emptyToNull(this.properties.region());
    }

    @Override
    public @Nullable String sessionToken() {
        return emptyToNull(this.properties.sessionToken());
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return StringUtils.hasText(value) ? value : null;
    }

}
