package dev.miniospring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;

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

    /**
     * Returns a URL that downloads an object for 7 days without credentials ({@code presigned_get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedGetObject(String bucket, String key);

    /**
     * Returns a URL that downloads an object without credentials until it expires ({@code presigned_get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedGetObject(String bucket, String key, Duration expiry);

    /**
     * Returns a URL that downloads an object without credentials until it expires, with response header overrides
     * ({@code presigned_get_object} with {@code response_headers}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param responseHeaders overrides among {@code response-content-type}, {@code response-content-disposition},
     * {@code response-cache-control}, {@code response-expires}, {@code response-content-language} and
     * {@code response-content-encoding}, signed into the URL
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedGetObject(String bucket, String key, Duration expiry, Map<String, String> responseHeaders);

    /**
     * Returns a URL that uploads an object with a plain HTTP PUT for 7 days ({@code presigned_put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedPutObject(String bucket, String key);

    /**
     * Returns a URL that uploads an object with a plain HTTP PUT until it expires ({@code presigned_put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedPutObject(String bucket, String key, Duration expiry);

    /**
     * Signs a POST policy so that a browser form can upload within its conditions ({@code presigned_post_policy}).
     * @param policy the policy
     * @return the URL to post to and the form fields to send
     * @throws IllegalStateException when the template has no credentials
     */
    PresignedPostForm presignedPostPolicy(PostPolicy policy);

}
