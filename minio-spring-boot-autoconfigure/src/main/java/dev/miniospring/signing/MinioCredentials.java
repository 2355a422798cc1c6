package dev.miniospring.signing;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An access key, its secret key and, for temporary credentials, a session token.
 * {@link #toString()} never reveals the secret key or the session token.
 *
 * @param accessKey the access key (the user name)
 * @param secretKey the secret key (the password)
 * @param sessionToken the session token of temporary credentials (STS), sent as
 * {@code X-Amz-Security-Token}, or {@code null}
 * @since 0.1.0
 */
public record MinioCredentials(String accessKey, String secretKey, @Nullable String sessionToken) {

    public MinioCredentials {
        Assert.hasText(accessKey, "'accessKey' must not be empty");
        Assert.hasText(secretKey, "'secretKey' must not be empty");
        Assert.isTrue(sessionToken == null || !sessionToken.isBlank(), "'sessionToken' must not be blank");
    }

    /**
     * Creates long-term credentials, without a session token.
     * @param accessKey the access key
     * @param secretKey the secret key
     */
    public MinioCredentials(String accessKey, String secretKey) {
        this(accessKey, secretKey, null);
    }

    @Override
    public String toString() {
        return "MinioCredentials[accessKey=" + this.accessKey + ", secretKey=******, sessionToken="
                + ((this.sessionToken != null) ? "******" : null) + "]";
    }

}
