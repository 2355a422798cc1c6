package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.object.Tags;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The object tagging operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code /bucket/key?tagging}), on the latest version of an object or on a version given
 * by id. Arguments are checked before anything is sent.
 */
final class ObjectTaggingResource {

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    ObjectTaggingResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the tags of an object (GetObjectTagging).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the latest
     * @return the tags, empty when it has none
     */
    Tags getObjectTags(String bucket, String key, @Nullable String versionId) {
        ObjectVersionIds.validate(bucket, key, versionId);
        return TagSets.get(this.transport, request(HttpMethod.GET, bucket, key, versionId).build(), Tags::forObject,
                "object " + bucket + "/" + key);
    }

    /**
     * Replaces the tags of an object (PutObjectTagging).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the latest
     * @param tags the tags, at most 10
     */
    void setObjectTags(String bucket, String key, @Nullable String versionId, Tags tags) {
        ObjectVersionIds.validate(bucket, key, versionId);
        validate(tags);
        S3Request.Builder request = request(HttpMethod.PUT, bucket, key, versionId);
        this.transport.execute(XmlBodies.withDocument(request, TagSets.toDocument(tags)).build());
    }

    /**
     * Removes the tags of an object (DeleteObjectTagging).
     * @param bucket the bucket
     * @param key the key
     * @param versionId the version, or {@code null} for the latest
     */
    void deleteObjectTags(String bucket, String key, @Nullable String versionId) {
        ObjectVersionIds.validate(bucket, key, versionId);
        this.transport.execute(request(HttpMethod.DELETE, bucket, key, versionId).build());
    }

    /**
     * Checks the tags to set on an object.
     * @param tags the tags
     * @throws IllegalArgumentException naming {@code tags} when null or more than an
     * object may have
     */
    static void validate(Tags tags) {
        Assert.notNull(tags, "'tags' must not be null");
        Tags.forObject(tags.get());
    }

    private static S3Request.Builder request(HttpMethod method, String bucket, String key, @Nullable String versionId) {
        return ObjectVersionIds.query(S3Request.builder(method).bucket(bucket).key(key).query("tagging", ""),
                versionId);
    }

}
