package dev.miniospring;

import java.util.List;

import dev.miniospring.bucket.Bucket;

/**
 * The operations of the MinIO client API on an S3-compatible server, implemented by {@link MinioTemplate}.
 *
 * <p>Every method validates its arguments before sending anything ({@link IllegalArgumentException} naming the
 * argument) and reports server errors as {@link MinioErrorResponseException}, transport failures as
 * {@link MinioTransportException}.
 */
public interface MinioOperations {

    /**
     * Creates a bucket in the default region {@code us-east-1} ({@code make_bucket}).
     * @param bucket the bucket name
     */
    void makeBucket(String bucket);

    /**
     * Creates a bucket in a region ({@code make_bucket}).
     * @param bucket the bucket name
     * @param location the region, such as {@code eu-west-1}
     */
    void makeBucket(String bucket, String location);

    /**
     * Lists all buckets of the account ({@code list_buckets}).
     * @return the buckets with their creation dates
     */
    List<Bucket> listBuckets();

    /**
     * Tells whether a bucket exists ({@code bucket_exists}).
     * @param bucket the bucket name
     * @return {@code false} when the server answers NoSuchBucket; other errors are thrown
     */
    boolean bucketExists(String bucket);

    /**
     * Removes an empty bucket ({@code remove_bucket}).
     * @param bucket the bucket name
     */
    void removeBucket(String bucket);

}
