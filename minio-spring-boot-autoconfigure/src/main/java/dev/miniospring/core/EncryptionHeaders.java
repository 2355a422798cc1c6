package dev.miniospring.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.ServerSideEncryption.Kms;
import dev.miniospring.object.ServerSideEncryption.S3Managed;

/**
 * Writes the {@code x-amz-server-side-encryption*} headers of a
 * {@link ServerSideEncryption}: the only place where an encryption option becomes
 * headers.
 */
enum EncryptionHeaders {

    /**
     * The encryption of the object a request writes or reads.
     */
    TARGET("x-amz-server-side-encryption-customer-"),

    /**
     * The customer key of the source of a copy.
     */
    COPY_SOURCE("x-amz-copy-source-server-side-encryption-customer-");

    private final String customerPrefix;

    EncryptionHeaders(String customerPrefix) {
        this.customerPrefix = customerPrefix;
    }

    /**
     * Writes the headers of an encryption; a copy source takes a customer key only.
     */
    static void apply(S3Request.Builder request, ServerSideEncryption encryption, EncryptionHeaders kind) {
        if (encryption instanceof CustomerKey key) {
            kind.customerKey(request, key);
        }
        else if (kind == COPY_SOURCE) {
            throw new IllegalArgumentException(
                    "A copy source is decrypted with a customer key only, not " + encryption);
        }
        else if (encryption instanceof Kms kms) {
            kms(request, kms);
        }
        else if (encryption instanceof S3Managed) {
            request.header("x-amz-server-side-encryption", "AES256");
        }
    }

    private void customerKey(S3Request.Builder request, CustomerKey key) {
        request.header(this.customerPrefix + "algorithm", "AES256");
        request.header(this.customerPrefix + "key", key.base64Key());
        request.header(this.customerPrefix + "key-MD5", key.base64KeyMd5());
    }

    private static void kms(S3Request.Builder request, Kms kms) {
        request.header("x-amz-server-side-encryption", "aws:kms");
        request.header("x-amz-server-side-encryption-aws-kms-key-id", kms.keyId());
        if (!kms.context().isEmpty()) {
            byte[] json = json(kms.context()).getBytes(StandardCharsets.UTF_8);
            request.header("x-amz-server-side-encryption-context", Base64.getEncoder().encodeToString(json));
        }
    }

    private static String json(Map<String, String> context) {
        return context.entrySet()
            .stream()
            .map((entry) -> jsonString(entry.getKey()) + ":" + jsonString(entry.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach((c) -> {
            if (c == '"' || c == '\\') {
                json.append('\\').append((char) c);
            }
            else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            }
            else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }

}
