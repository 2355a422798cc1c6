package dev.miniospring.core;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.object.Tags;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bucket tagging operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code /bucket?tagging}). Arguments are checked before anything is sent.
 */
final class BucketTaggingResource {

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    BucketTaggingResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the tags of a bucket (GetBucketTagging).
     * @param bucket the bucket
     * @return the tags, empty when the bucket has none ({@code NoSuchTagSet})
     */
    Tags getBucketTags(String bucket) {
        BucketNames.validate(bucket);
        return TagSets.get(this.transport, request(HttpMethod.GET, bucket).build(), Tags::forBucket,
                "bucket " + bucket);
    }

    /**
     * Replaces the tags of a bucket (PutBucketTagging).
     * @param bucket the bucket
     * @param tags the tags
     */
    void setBucketTags(String bucket, Tags tags) {
        BucketNames.validate(bucket);
        validate(tags);
        this.transport
            .execute(XmlBodies.withDocument(request(HttpMethod.PUT, bucket), TagSets.toDocument(tags)).build());
    }

    /**
     * Removes the tags of a bucket (DeleteBucketTagging).
     * @param bucket the bucket
     */
    void deleteBucketTags(String bucket) {
        BucketNames.validate(bucket);
        this.transport.execute(request(HttpMethod.DELETE, bucket).build());
    }

    /**
     * Checks the tags to set on a bucket.
     * @param tags the tags
     * @throws IllegalArgumentException naming {@code tags} when null or empty
     */
    static void validate(Tags tags) {
        Assert.notNull(tags, "'tags' must not be null");
        Assert.isTrue(!tags.isEmpty(), "'tags' must not be empty; use deleteBucketTags to remove them");
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("tagging", "");
    }

}
