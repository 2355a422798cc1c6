package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How an object is encrypted on the server, as {@code statObject} and downloads report
 * it.
 *
 * @param type the kind of encryption
 * @param kmsKeyId the key id of {@link Type#KMS}, if the server says
 * @param customerKeyMd5 the base64-encoded MD5 of the key of {@link Type#CUSTOMER_KEY},
 * if the server says; compare it with
 * {@link ServerSideEncryption.CustomerKey#base64KeyMd5()}
 * @since 0.1.0
 */
public record ObjectEncryption(Type type, @Nullable String kmsKeyId, @Nullable String customerKeyMd5) {

    /**
     * Creates the information.
     * @param type the kind of encryption
     * @param kmsKeyId the KMS key id, or {@code null}
     * @param customerKeyMd5 the customer key's MD5, or {@code null}
     */
    public ObjectEncryption {
        Assert.notNull(type, "'type' must not be null");
    }

    /**
     * The kinds of server-side encryption.
     */
    public enum Type {

        /**
         * SSE-S3 ({@code AES256} with keys the server manages).
         */
        S3_MANAGED,

        /**
         * SSE-KMS ({@code aws:kms}).
         */
        KMS,

        /**
         * SSE-C ({@code AES256} with a key the caller sends).
         */
        CUSTOMER_KEY

    }

}
