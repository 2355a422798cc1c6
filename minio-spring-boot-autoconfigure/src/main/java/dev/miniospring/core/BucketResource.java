package dev.miniospring.core;

import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.bucket.Bucket;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.CreateBucketConfiguration;
import dev.miniospring.internal.xml.ListAllMyBucketsResult;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bucket operations of {@link dev.miniospring.core.MinioTemplate}. Arguments are
 * validated by the template.
 */
final class BucketResource {

    private static final String DEFAULT_REGION = "us-east-1";

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public BucketResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Creates a bucket in a region (CreateBucket).
     * @param bucket the bucket
     * @param location the region; {@code us-east-1} sends no location constraint
     */
    public void makeBucket(String bucket, String location) {
        makeBucket(bucket, location, false);
    }

    /**
     * Creates a bucket in a region, with object lock or without (CreateBucket).
     * @param bucket the bucket
     * @param location the region; {@code us-east-1} sends no location constraint
     * @param objectLock whether to enable object lock (which enables versioning too)
     */
    public void makeBucket(String bucket, String location, boolean objectLock) {
        BucketNames.validate(bucket);
        Assert.hasText(location, "'location' must not be empty");
        S3Request.Builder request = S3Request.builder(HttpMethod.PUT).bucket(bucket).region(location);
        if (objectLock) {
            request.header("x-amz-bucket-object-lock-enabled", "true");
        }
        if (!DEFAULT_REGION.equals(location)) {
            request.payload(RequestPayload.of(S3Xml.write(CreateBucketConfiguration.forRegion(location))))
                .header("Content-Type", "application/xml");
        }
        this.transport.execute(request.build());
    }

    /**
     * Lists the buckets of the account (ListBuckets).
     * @return the buckets
     */
    public List<Bucket> listBuckets() {
        S3Request request = S3Request.builder(HttpMethod.GET).build();
        ListAllMyBucketsResult result = this.transport.execute(request, ListAllMyBucketsResult.class);
        return result.entries().stream().map((entry) -> new Bucket(entry.name(), entry.creationDate())).toList();
    }

    /**
     * Tells whether a bucket exists and is reachable with these credentials (HeadBucket).
     * @param bucket the bucket
     * @return {@code false} when the server answers NoSuchBucket
     */
    public boolean bucketExists(String bucket) {
        BucketNames.validate(bucket);
        try {
            this.transport.execute(S3Request.builder(HttpMethod.HEAD).bucket(bucket).build());
            return true;
        }
        catch (MinioErrorResponseException ex) {
            if ("NoSuchBucket".equals(ex.code())) {
                return false;
            }
            throw ex;
        }
    }

    /**
     * Removes an empty bucket (DeleteBucket).
     * @param bucket the bucket
     */
    public void removeBucket(String bucket) {
        BucketNames.validate(bucket);
        this.transport.execute(S3Request.builder(HttpMethod.DELETE).bucket(bucket).build());
    }

}
