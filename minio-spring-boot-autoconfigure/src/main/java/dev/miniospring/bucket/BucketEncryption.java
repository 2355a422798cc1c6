package dev.miniospring.bucket;

import org.jspecify.annotations.Nullable;

/**
 * The default encryption of a bucket: how the server encrypts objects stored without
 * encryption headers, with keys it manages (SSE-S3, {@code AES256}) or with a key of its
 * key management service (SSE-KMS, {@code aws:kms}).
 *
 * @param algorithm the algorithm
 * @param kmsKeyId the KMS key id for SSE-KMS, or {@code null} for the server's default
 * key (always {@code null} for SSE-S3)
 * @since 0.1.0
 */
public record BucketEncryption(Algorithm algorithm, @Nullable String kmsKeyId) {

    /**
     * Returns SSE-S3 encryption ({@code AES256}, keys managed by the server).
     * @return the encryption
     */
    public static BucketEncryption sseS3() {
        return new BucketEncryption(Algorithm.AES256, null);
    }

    /**
     * Returns SSE-KMS encryption with a key of the server's key management service.
     * @param kmsKeyId the key id, or {@code null} for the server's default key
     * @return the encryption
     */
    public static BucketEncryption sseKms(@Nullable String kmsKeyId) {
        return new BucketEncryption(Algorithm.AWS_KMS, kmsKeyId);
    }

    /**
     * The server-side encryption algorithms of a bucket default.
     */
    public enum Algorithm {

        /**
         * SSE-S3: keys managed by the server.
         */
        AES256("AES256"),

        /**
         * SSE-KMS: keys of the key management service.
         */
        AWS_KMS("aws:kms");

        private final String value;

        Algorithm(String value) {
            this.value = value;
        }

        /**
         * Returns the name S3 uses for the algorithm.
         * @return {@code AES256} or {@code aws:kms}
         */
        public String value() {
            return this.value;
        }

    }

}
