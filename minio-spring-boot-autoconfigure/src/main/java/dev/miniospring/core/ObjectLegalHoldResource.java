package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.LegalHold;

import org.springframework.http.HttpMethod;

/**
 * The legal hold operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code ?legal-hold}). Arguments are checked before anything is sent.
 */
final class ObjectLegalHoldResource {

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public ObjectLegalHoldResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Tells whether an object version is under legal hold (GetObjectLegalHold).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the current one
     * @return {@code true} when the status is {@code ON}; a version that never had a
     * legal hold is {@code false}
     */
    public boolean isObjectLegalHoldEnabled(String bucket, String key, @Nullable String versionId) {
        ObjectVersionIds.validate(bucket, key, versionId);
        LegalHold legalHold;
        try {
            legalHold = this.transport.execute(request(HttpMethod.GET, bucket, key, versionId).build(),
                    LegalHold.class);
        }
        catch (MinioErrorResponseException ex) {
            if (ObjectRetentionResource.NO_LOCK.contains(ex.code())) {
                return false;
            }
            throw ex;
        }
        return switch (legalHold.status().trim()) {
            case LegalHold.ON -> true;
            case LegalHold.OFF -> false;
            default -> throw new MinioInvalidResponseException(200,
                    "Unknown legal hold status '" + legalHold.status() + "' of " + bucket + "/" + key);
        };
    }

    /**
     * Puts an object version under legal hold, or releases it (PutObjectLegalHold).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the current one
     * @param on whether the legal hold is on
     */
    public void setObjectLegalHold(String bucket, String key, @Nullable String versionId, boolean on) {
        ObjectVersionIds.validate(bucket, key, versionId);
        S3Request.Builder request = request(HttpMethod.PUT, bucket, key, versionId);
        this.transport.execute(XmlBodies.withDocument(request, LegalHold.of(on)).build());
    }

    private static S3Request.Builder request(HttpMethod method, String bucket, String key, @Nullable String versionId) {
        return ObjectVersionIds.query(S3Request.builder(method).bucket(bucket).key(key).query("legal-hold", ""),
                versionId);
    }

}
