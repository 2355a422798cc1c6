package dev.miniospring.signing;

import org.springframework.util.Assert;

/**
 * An access key and its secret key. {@link #toString()} never reveals the secret.
 *
 * @param accessKey the access key (the user name)
 * @param secretKey the secret key (the password)
 */
public record MinioCredentials(String accessKey, String secretKey) {

    public MinioCredentials {
        Assert.hasText(accessKey, "'accessKey' must not be empty");
        Assert.hasText(secretKey, "'secretKey' must not be empty");
    }

    @Override
    public String toString() {
        return "MinioCredentials[accessKey=" + this.accessKey + ", secretKey=******]";
    }

}
