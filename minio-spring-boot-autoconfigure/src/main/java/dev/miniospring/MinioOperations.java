package dev.miniospring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.object.Upload;
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
     * Lists the objects of a bucket with ListObjects v1 ({@code list_objects}). Pages are fetched as the stream is
     * consumed; nothing is sent before its terminal operation.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists one level, with {@code /} as delimiter and common prefixes as
     * directories ({@link Item#isDir()})
     * @return the objects, then the directories, of each page
     */
    Stream<Item> listObjects(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Lists the objects of a bucket with ListObjectsV2 ({@code list_objects_v2}). Pages are fetched as the stream
     * is consumed; nothing is sent before its terminal operation.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists one level, with {@code /} as delimiter and common prefixes as
     * directories ({@link Item#isDir()})
     * @return the objects, then the directories, of each page
     */
    Stream<Item> listObjectsV2(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Fetches one page of a ListObjects v1 listing, for callers that page themselves ({@code list_objects}).
     * @param bucket the bucket name
     * @param request the prefix, depth, page size and marker ({@link ListObjectsRequest#token()})
     * @return the page with the marker of the next one
     */
    ListObjectsPage listObjectsPage(String bucket, ListObjectsRequest request);

    /**
     * Fetches one page of a ListObjectsV2 listing, for callers that page themselves ({@code list_objects_v2}).
     * @param bucket the bucket name
     * @param request the prefix, depth, page size and continuation token ({@link ListObjectsRequest#token()})
     * @return the page with the continuation token of the next one
     */
    ListObjectsPage listObjectsV2Page(String bucket, ListObjectsRequest request);

    /**
     * Removes objects with quiet multi-object deletes of at most 1000 keys each ({@code remove_objects}). Lazy:
     * <strong>nothing is removed until the returned stream is consumed</strong> (for example with
     * {@code toList()}); keys are read as batches are sent.
     * @param bucket the bucket name
     * @param keys the keys to remove; a null or empty key fails its batch with {@link IllegalArgumentException}
     * @return the keys that could not be removed, with code and message; missing keys are not errors
     */
    Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys);

    /**
     * Lists incomplete multipart uploads with the size of their uploaded parts ({@code list_incomplete_uploads}).
     * Pages are fetched as the stream is consumed; sizing an upload lists its parts.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists only keys without {@code /} after the prefix
     * @return the uploads
     */
    Stream<Upload> listIncompleteUploads(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Aborts every incomplete multipart upload of a key ({@code remove_incomplete_upload}).
     * @param bucket the bucket name
     * @param key the object key
     */
    void removeIncompleteUpload(String bucket, String key);

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
