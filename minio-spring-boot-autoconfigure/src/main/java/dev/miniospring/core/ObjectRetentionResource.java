package dev.miniospring.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.RetentionDocument;
import dev.miniospring.object.Retention;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The object retention operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code ?retention}). Arguments are checked before anything is sent.
 */
final class ObjectRetentionResource {

    /**
     * The error codes of a version without retention or legal hold: AWS's, and the one
     * Ceph RGW sends instead.
     */
    static final Set<String> NO_LOCK = Set.of("NoSuchObjectLockConfiguration", "ObjectLockConfigurationNotFoundError");

    /**
     * The header that lets a delete or a retention change override a GOVERNANCE
     * retention.
     */
    static final String BYPASS_GOVERNANCE = "x-amz-bypass-governance-retention";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public ObjectRetentionResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the retention of an object version (GetObjectRetention).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the current one
     * @return the retention, empty when the version has none
     */
    public Optional<Retention> getObjectRetention(String bucket, String key, @Nullable String versionId) {
        ObjectVersionIds.validate(bucket, key, versionId);
        RetentionDocument document;
        try {
            document = this.transport.execute(request(HttpMethod.GET, bucket, key, versionId).build(),
                    RetentionDocument.class);
        }
        catch (MinioErrorResponseException ex) {
            if (NO_LOCK.contains(ex.code())) {
                return Optional.empty();
            }
            throw ex;
        }
        return Optional.of(retention(bucket, key, document));
    }

    /**
     * Sets the retention of an object version (PutObjectRetention).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the current one
     * @param retention the retention
     * @param bypassGovernance whether to shorten a GOVERNANCE retention
     */
    public void setObjectRetention(String bucket, String key, @Nullable String versionId, Retention retention,
            boolean bypassGovernance) {
        ObjectVersionIds.validate(bucket, key, versionId);
        Assert.notNull(retention, "'retention' must not be null");
        S3Request.Builder request = request(HttpMethod.PUT, bucket, key, versionId);
        if (bypassGovernance) {
            request.header(BYPASS_GOVERNANCE, "true");
        }
        RetentionDocument document = RetentionDocument.of(retention.mode().name(),
                DATE.format(retention.retainUntil()));
        this.transport.execute(XmlBodies.withDocument(request, document).build());
    }

    private static Retention retention(String bucket, String key, RetentionDocument document) {
        try {
            return new Retention(RetentionModes.parse(document.mode()), Instant.parse(document.retainUntilDate()));
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new MinioInvalidResponseException(200,
                    "Invalid retention of " + bucket + "/" + key + ": " + ex.getMessage(), ex);
        }
    }

    private static S3Request.Builder request(HttpMethod method, String bucket, String key, @Nullable String versionId) {
        return ObjectVersionIds.query(S3Request.builder(method).bucket(bucket).key(key).query("retention", ""),
                versionId);
    }

}
