package dev.miniospring.signing;

import org.springframework.util.Assert;

/**
 * Supplies the credentials that requests and presigned URLs are signed with. It is asked
 * on every request, so an implementation that rotates credentials must answer quickly
 * (cache, and refresh ahead of expiry, as {@link RefreshingCredentialsProvider} does).
 * Declare a bean of this type to replace the {@code minio.*} keys.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MinioCredentialsProvider {

    /**
     * Returns the current credentials.
     * @return the credentials
     * @throws dev.miniospring.MinioException when no valid credentials can be had
     */
    MinioCredentials credentials();

    /**
     * Returns a provider of fixed credentials.
     * @param credentials the credentials
     * @return the provider
     */
    static MinioCredentialsProvider of(MinioCredentials credentials) {
        Assert.notNull(credentials, "'credentials' must not be null");
        return new StaticCredentialsProvider(credentials);
    }

}
