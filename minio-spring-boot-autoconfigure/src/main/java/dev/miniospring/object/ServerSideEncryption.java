package dev.miniospring.object;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.HeaderFields;

import org.springframework.util.Assert;

/**
 * How the server encrypts an object at rest: with a key the caller sends on every request
 * ({@link CustomerKey}, SSE-C), with keys it manages ({@link S3Managed}, SSE-S3) or with
 * a key of its key management service ({@link Kms}, SSE-KMS).
 *
 * @since 0.1.0
 */
public sealed interface ServerSideEncryption
        permits ServerSideEncryption.CustomerKey, ServerSideEncryption.S3Managed, ServerSideEncryption.Kms {

    /**
     * Returns SSE-C with a 256-bit key, which the caller must send again to read the
     * object.
     * @param key the 32-byte AES-256 key, copied
     * @return the customer key
     * @throws IllegalArgumentException when {@code key} is not 32 bytes long
     */
    static CustomerKey customerKey(byte[] key) {
        return new CustomerKey(key);
    }

    /**
     * Returns SSE-S3: the server encrypts with keys it manages ({@code AES256}).
     * @return the SSE-S3 encryption
     */
    static S3Managed s3() {
        return S3Managed.INSTANCE;
    }

    /**
     * Returns SSE-KMS with a key of the server's key management service.
     * @param keyId the key id
     * @return the SSE-KMS encryption
     */
    static Kms kms(String keyId) {
        return new Kms(keyId, Map.of());
    }

    /**
     * SSE-C: AES-256 with a key sent, with its MD5, on every request that writes or reads
     * the object. Its {@code toString()} shows neither the key nor its digest.
     */
    final class CustomerKey implements ServerSideEncryption {

        private static final int KEY_LENGTH = 32;

        private final String base64Key;

        private final String base64KeyMd5;

        private CustomerKey(byte[] key) {
            Assert.notNull(key, "'key' must not be null");
            Assert.isTrue(key.length == KEY_LENGTH,
                    () -> "'key' must be 32 bytes (AES-256) long (is " + key.length + " bytes)");
            this.base64Key = Base64.getEncoder().encodeToString(key);
            this.base64KeyMd5 = Base64.getEncoder().encodeToString(md5(key));
        }

        private static byte[] md5(byte[] key) {
            try {
                return MessageDigest.getInstance("MD5").digest(key);
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("MD5 is not available", ex);
            }
        }

        /**
         * Returns the key, base64-encoded, as the
         * {@code x-amz-server-side-encryption-customer-key} header sends it.
         * @return the encoded key
         */
        public String base64Key() {
            return this.base64Key;
        }

        /**
         * Returns the MD5 digest of the key, base64-encoded, as the
         * {@code x-amz-server-side-encryption-customer-key-MD5} header sends it (and
         * {@code statObject} reports it).
         * @return the encoded digest
         */
        public String base64KeyMd5() {
            return this.base64KeyMd5;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return (other instanceof CustomerKey key) && this.base64Key.equals(key.base64Key);
        }

        @Override
        public int hashCode() {
            return this.base64KeyMd5.hashCode();
        }

        @Override
        public String toString() {
            return "CustomerKey[AES256, key hidden]";
        }

    }

    /**
     * SSE-S3: the server encrypts with keys it manages
     * ({@code x-amz-server-side-encryption: AES256}).
     */
    final class S3Managed implements ServerSideEncryption {

        private static final S3Managed INSTANCE = new S3Managed();

        private S3Managed() {
        }

        @Override
        public String toString() {
            return "S3Managed[AES256]";
        }

    }

    /**
     * SSE-KMS: the server encrypts with a key of its key management service
     * ({@code x-amz-server-side-encryption: aws:kms}).
     *
     * @param keyId the key id
     * @param context the encryption context, sent as base64-encoded JSON; empty for none
     */
    record Kms(String keyId, Map<String, String> context) implements ServerSideEncryption {

        /**
         * Creates SSE-KMS, checking every value.
         * @param keyId the key id
         * @param context the encryption context
         * @throws IllegalArgumentException naming the invalid argument
         */
        public Kms {
            Assert.hasText(keyId, "'keyId' must not be empty");
            HeaderFields.validateValue(keyId, "'keyId'");
            Assert.notNull(context, "'context' must not be null");
            context.forEach((name, value) -> {
                Assert.notNull(name, "'context' must not contain a null name");
                Assert.notNull(value, () -> "'context' value of '" + name + "' must not be null");
            });
            context = OptionValues.copy(context);
        }

        /**
         * Adds an encryption context, which the server binds to the object's data key.
         * @param context the context
         * @return new SSE-KMS
         */
        public Kms withContext(Map<String, String> context) {
            return new Kms(this.keyId, context);
        }

    }

}
