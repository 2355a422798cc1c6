package dev.miniospring.core;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.bucket.ObjectLockConfiguration;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.bucket.BucketEncryption;
import dev.miniospring.bucket.CorsConfiguration;
import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;
import dev.miniospring.object.CopyConditions;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.DeleteObject;
import dev.miniospring.object.DownloadOptions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectVersionsRequest;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.ObjectVersionsPage;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.Retention;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.object.Tags;
import dev.miniospring.object.Upload;
import dev.miniospring.policy.Policy;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;
import dev.miniospring.presign.PresignedRequest;

/**
 * The operations of the MinIO client API on an S3-compatible server, implemented by
 * {@link MinioTemplate}.
 *
 * <p>
 * Every method validates its arguments before sending anything
 * ({@link IllegalArgumentException} naming the argument) and reports server errors as
 * {@link dev.miniospring.MinioErrorResponseException}, transport failures as
 * {@link dev.miniospring.MinioTransportException}.
 *
 * @since 0.1.0
 */
public interface MinioOperations {

    /**
     * Creates a bucket in the default region {@code us-east-1} ({@code make_bucket}).
     * @param bucket the bucket name
     */
    default void makeBucket(String bucket) {
        makeBucket(bucket, "us-east-1");
    }

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
     * Uploads a stream with content type {@code application/octet-stream} and no metadata
     * ({@code put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param data the data, read once and not closed
     * @param length the number of bytes to read and store, or {@code -1} to store all of
     * the data
     * @return the ETag and version id
     */
    default ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length) {
        return putObject(bucket, key, data, length, null, null);
    }

    /**
     * Uploads a stream ({@code put_object}). Objects up to the part size go in one PUT,
     * larger ones (and unknown lengths past the part size) in a parallel multipart upload
     * that is aborted on any failure; memory stays bounded by part size × (upload
     * concurrency + 1) per upload, and by a third of the maximum heap for all uploads of
     * the JVM together. Exactly {@code length} bytes are read, never more: a longer
     * stream is left positioned right after them (as with the AWS SDK), while a shorter
     * one fails and stores nothing. Metadata values that are not plain printable ASCII,
     * or that start or end with whitespace, are sent RFC 2047-encoded
     * ({@code =?UTF-8?B?...?=}) and decoded again by {@link #statObject}.
     * @param bucket the bucket name
     * @param key the object key
     * @param data the data, read once and not closed
     * @param length the number of bytes to read and store (at most 5 TiB), or {@code -1}
     * to store all of the data
     * @param contentType the content type, {@code application/octet-stream} when
     * {@code null}
     * @param metadata the user metadata, sent as {@code x-amz-meta-*} headers, or
     * {@code null}
     * @return the ETag and version id
     */
    default ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length,
            @Nullable String contentType, @Nullable Map<String, String> metadata) {
        return putObject(bucket, key, data, length, contentType, metadata, ProgressListener.NONE);
    }

    /**
     * Uploads a stream like
     * {@link #putObject(String, String, InputStream, long, String, Map)}, reporting
     * progress as the server accepts the bytes (after the single PUT, or after each part)
     * ({@code put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param data the data, read once and not closed
     * @param length the number of bytes to read and store (at most 5 TiB), or {@code -1}
     * to store all of the data
     * @param contentType the content type, {@code application/octet-stream} when
     * {@code null}
     * @param metadata the user metadata, or {@code null}
     * @param listener receives the progress, possibly from upload threads
     * @return the ETag and version id
     */
    default ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length,
            @Nullable String contentType, @Nullable Map<String, String> metadata, ProgressListener listener) {
        return putObject(bucket, key, data, length, putOptions(contentType, metadata, listener));
    }

    /**
     * Uploads a file, its content type guessed from its name ({@code fput_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param file the file
     * @return the ETag and version id
     */
    default ObjectWriteResponse fputObject(String bucket, String key, Path file) {
        return fputObject(bucket, key, file, null, null);
    }

    /**
     * Uploads a file like
     * {@link #putObject(String, String, InputStream, long, String, Map)}
     * ({@code fput_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param file the file
     * @param contentType the content type, guessed from the file name when {@code null}
     * @param metadata the user metadata, or {@code null}
     * @return the ETag and version id
     */
    default ObjectWriteResponse fputObject(String bucket, String key, Path file, @Nullable String contentType,
            @Nullable Map<String, String> metadata) {
        return fputObject(bucket, key, file, contentType, metadata, ProgressListener.NONE);
    }

    /**
     * Uploads a file, reporting progress ({@code fput_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param file the file
     * @param contentType the content type, guessed from the file name when {@code null}
     * @param metadata the user metadata, or {@code null}
     * @param listener receives the progress, possibly from upload threads
     * @return the ETag and version id
     */
    default ObjectWriteResponse fputObject(String bucket, String key, Path file, @Nullable String contentType,
            @Nullable Map<String, String> metadata, ProgressListener listener) {
        return fputObject(bucket, key, file, putOptions(contentType, metadata, listener));
    }

    /**
     * Opens an object for streaming ({@code get_object}); nothing is buffered. Close the
     * response.
     * @param bucket the bucket name
     * @param key the object key
     * @return the open response: the body as a stream, the headers and the object
     * information
     */
    default GetObjectResponse getObject(String bucket, String key) {
        return getObject(bucket, key, Map.of());
    }

    /**
     * Opens an object for streaming with extra request headers, such as {@code If-Match}
     * ({@code get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param requestHeaders the extra headers
     * @return the open response, to be closed
     */
    default GetObjectResponse getObject(String bucket, String key, Map<String, String> requestHeaders) {
        return getObject(bucket, key, requestHeaders, ProgressListener.NONE);
    }

    /**
     * Opens an object for streaming, reporting progress as the body is read
     * ({@code get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param requestHeaders the extra headers
     * @param listener receives the progress, at least every MiB and at the end of the
     * body
     * @return the open response, to be closed
     */
    default GetObjectResponse getObject(String bucket, String key, Map<String, String> requestHeaders,
            ProgressListener listener) {
        return getObject(bucket, key,
                GetObjectOptions.none().withRequestHeaders(requestHeaders).withProgressListener(listener));
    }

    /**
     * Opens an object from an offset to its end ({@code get_partial_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param offset the first byte; beyond the end the server answers
     * {@code InvalidRange} (HTTP 416)
     * @return the open response, to be closed
     */
    default GetObjectResponse getPartialObject(String bucket, String key, long offset) {
        return getPartialObject(bucket, key, offset, 0);
    }

    /**
     * Opens a byte range of an object ({@code get_partial_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param offset the first byte; beyond the end the server answers
     * {@code InvalidRange} (HTTP 416)
     * @param length the number of bytes, {@code 0} for up to the end
     * @return the open response, to be closed
     */
    default GetObjectResponse getPartialObject(String bucket, String key, long offset, long length) {
        return getObject(bucket, key, GetObjectOptions.none().withRange(offset, length));
    }

    /**
     * Downloads an object into a file ({@code fget_object}) through a temporary file next
     * to it, moved into place only when complete; a failure leaves no partial file. An
     * object larger than the template's download part size is fetched in byte ranges in
     * parallel, as {@link #downloadObject(String, String, Path, DownloadOptions)}
     * describes.
     * @param bucket the bucket name
     * @param key the object key
     * @param file the target file, replaced when it exists
     * @return the object information
     */
    default StatObjectResponse fgetObject(String bucket, String key, Path file) {
        return fgetObject(bucket, key, file, ProgressListener.NONE);
    }

    /**
     * Downloads an object into a file like {@link #fgetObject(String, String, Path)},
     * reporting progress ({@code fget_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param file the target file, replaced when it exists
     * @param listener receives the progress, at least every MiB and at the end
     * @return the object information
     */
    default StatObjectResponse fgetObject(String bucket, String key, Path file, ProgressListener listener) {
        return fgetObject(bucket, key, file, GetObjectOptions.none().withProgressListener(listener));
    }

    /**
     * Reads an object's information ({@code stat_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @return size, ETag, content type, last modified, user metadata and version id
     */
    default StatObjectResponse statObject(String bucket, String key) {
        return statObject(bucket, key, StatObjectOptions.none());
    }

    /**
     * Copies an object on the server with its metadata ({@code copy_object}).
     * @param bucket the target bucket name
     * @param key the target key
     * @param source the source as {@code bucket/key} (a leading {@code /} is allowed)
     * @return the ETag and version id of the copy
     */
    default ObjectWriteResponse copyObject(String bucket, String key, String source) {
        return copyObject(bucket, key, source, null, null);
    }

    /**
     * Copies an object on the server ({@code copy_object}), like
     * {@link #copyObject(String, String, CopySource, CopyObjectOptions)}. A failed
     * condition surfaces as {@code PreconditionFailed}.
     * @param bucket the target bucket name
     * @param key the target key
     * @param source the source as {@code bucket/key} (a leading {@code /} is allowed)
     * @param conditions the conditions on the source, or {@code null}
     * @param metadata the new user metadata (REPLACE directive, content type kept), or
     * {@code null} to copy the source's (COPY directive)
     * @return the ETag and version id of the copy
     */
    default ObjectWriteResponse copyObject(String bucket, String key, String source,
            @Nullable CopyConditions conditions, @Nullable Map<String, String> metadata) {
        CopySource copySource = CopySource.parse(source);
        return copyObject(bucket, key,
                (conditions != null) ? copySource.withConditions(conditions.toConditions()) : copySource,
                (metadata != null) ? CopyObjectOptions.none().withMetadata(metadata) : CopyObjectOptions.none());
    }

    /**
     * Removes an object ({@code remove_object}); removing a missing object succeeds.
     * @param bucket the bucket name
     * @param key the object key
     */
    default void removeObject(String bucket, String key) {
        removeObject(bucket, key, RemoveObjectOptions.none());
    }

    /**
     * Tells whether an object exists (HeadObject).
     * @param bucket the bucket name
     * @param key the object key
     * @return {@code false} when the server answers 404 (NoSuchKey); other errors are
     * thrown
     */
    boolean objectExists(String bucket, String key);

    /**
     * Uploads a stream with options ({@code put_object}), like
     * {@link #putObject(String, String, InputStream, long, String, Map)}: one PUT up to
     * the part size, a parallel multipart upload beyond it, exactly {@code length} bytes
     * read.
     * @param bucket the bucket name
     * @param key the object key
     * @param data the data, read once and not closed
     * @param length the number of bytes to read and store (at most 5 TiB), or {@code -1}
     * to store all of the data
     * @param options the content type, extra headers, user metadata, part size and
     * progress listener
     * @return the ETag and version id
     */
    ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length, PutObjectOptions options);

    /**
     * Uploads a file with options ({@code fput_object}); without a content type in the
     * options, it is guessed from the file name.
     * @param bucket the bucket name
     * @param key the object key
     * @param file the file
     * @param options the content type, extra headers, user metadata, part size and
     * progress listener
     * @return the ETag and version id
     */
    ObjectWriteResponse fputObject(String bucket, String key, Path file, PutObjectOptions options);

    /**
     * Opens an object for streaming with options ({@code get_object}): a byte range
     * (answered only by {@code 206 Partial Content} with that range), a version,
     * conditions, response header overrides, extra headers and a progress listener. Close
     * the response.
     * @param bucket the bucket name
     * @param key the object key
     * @param options the options
     * @return the open response, to be closed
     */
    GetObjectResponse getObject(String bucket, String key, GetObjectOptions options);

    /**
     * Downloads an object into a file with options ({@code fget_object}), like
     * {@link #fgetObject(String, String, Path)}: in parallel byte ranges beyond the
     * template's download part size, in one GET for a byte range or a smaller object.
     * @param bucket the bucket name
     * @param key the object key
     * @param file the target file, replaced when it exists
     * @param options the options, such as the version and the progress listener
     * @return the object information
     */
    StatObjectResponse fgetObject(String bucket, String key, Path file, GetObjectOptions options);

    /**
     * Reads an object's information with options ({@code stat_object}): a version and
     * conditions.
     * @param bucket the bucket name
     * @param key the object key
     * @param options the options
     * @return size, ETag, content type, last modified, user metadata and version id
     */
    StatObjectResponse statObject(String bucket, String key, StatObjectOptions options);

    /**
     * Copies an object on the server ({@code copy_object}): a version of the source,
     * conditions on it (a failed one surfaces as {@code PreconditionFailed}), and the
     * metadata copied or replaced. A source of up to 5 GiB is copied with one CopyObject;
     * a larger one with parallel UploadPartCopy parts of a multipart upload pinned to the
     * source's ETag, the way
     * {@link #composeObject(String, String, List, ComposeObjectOptions)} copies, where
     * {@link dev.miniospring.object.MetadataDirective#COPY} gives the copy the source's
     * content type and user metadata only (not its other stored headers, such as
     * {@code Cache-Control}, nor its tags).
     * @param bucket the target bucket name
     * @param key the target key
     * @param source the source object, its version and conditions
     * @param options whether the content type and user metadata are copied or replaced
     * @return the ETag and version id of the copy
     */
    ObjectWriteResponse copyObject(String bucket, String key, CopySource source, CopyObjectOptions options);

    /**
     * Removes an object, or one version of it, with options ({@code remove_object});
     * removing a missing object succeeds.
     * @param bucket the bucket name
     * @param key the object key
     * @param options the version and whether GOVERNANCE retention is bypassed
     */
    void removeObject(String bucket, String key, RemoveObjectOptions options);

    /**
     * Returns a URL that downloads an object, or a version of it, without credentials
     * until it expires ({@code presigned_get_object} with {@code version_id} and
     * {@code response_headers}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options the version and response header overrides, signed into the URL;
     * other options are refused
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedGetObject(String bucket, String key, Duration expiry, GetObjectOptions options);

    private static PutObjectOptions putOptions(@Nullable String contentType, @Nullable Map<String, String> metadata,
            ProgressListener listener) {
        PutObjectOptions options = PutObjectOptions.none().withProgressListener(listener);
        options = (contentType != null) ? options.withContentType(contentType) : options;
        return (metadata != null) ? options.withMetadata(metadata) : options;
    }

    /**
     * Lists the objects of a bucket with ListObjects v1 ({@code list_objects}). Pages are
     * fetched as the stream is consumed; nothing is sent before its terminal operation.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists one level, with {@code /} as delimiter and
     * common prefixes as directories ({@link Item#isDir()})
     * @return the objects, then the directories, of each page
     */
    Stream<Item> listObjects(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Lists the objects of a bucket with ListObjectsV2 ({@code list_objects_v2}). Pages
     * are fetched as the stream is consumed; nothing is sent before its terminal
     * operation.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists one level, with {@code /} as delimiter and
     * common prefixes as directories ({@link Item#isDir()})
     * @return the objects, then the directories, of each page
     */
    Stream<Item> listObjectsV2(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Fetches one page of a ListObjects v1 listing, for callers that page themselves
     * ({@code list_objects}).
     * @param bucket the bucket name
     * @param request the prefix, depth, page size and marker
     * ({@link ListObjectsRequest#token()})
     * @return the page with the marker of the next one
     */
    ListObjectsPage listObjectsPage(String bucket, ListObjectsRequest request);

    /**
     * Fetches one page of a ListObjectsV2 listing, for callers that page themselves
     * ({@code list_objects_v2}).
     * @param bucket the bucket name
     * @param request the prefix, depth, page size and continuation token
     * ({@link ListObjectsRequest#token()})
     * @return the page with the continuation token of the next one
     */
    ListObjectsPage listObjectsV2Page(String bucket, ListObjectsRequest request);

    /**
     * Removes objects with quiet multi-object deletes of at most 1000 keys each
     * ({@code remove_objects}). Lazy: <strong>nothing is removed until the returned
     * stream is consumed</strong> (for example with {@code toList()}); keys are read as
     * batches are sent.
     * @param bucket the bucket name
     * @param keys the keys to remove; a null or empty key fails its batch with
     * {@link IllegalArgumentException}
     * @return the keys that could not be removed, with code and message; missing keys are
     * not errors
     */
    Stream<DeleteError> removeObjects(String bucket, Iterable<String> keys);

    /**
     * Lists incomplete multipart uploads with the size of their uploaded parts
     * ({@code list_incomplete_uploads}). Pages are fetched as the stream is consumed;
     * sizing an upload lists its parts.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists only keys without {@code /} after the prefix
     * @return the uploads
     */
    Stream<Upload> listIncompleteUploads(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Aborts every incomplete multipart upload of a key
     * ({@code remove_incomplete_upload}).
     * @param bucket the bucket name
     * @param key the object key
     */
    void removeIncompleteUpload(String bucket, String key);

    /**
     * Returns a URL that downloads an object for 7 days without credentials
     * ({@code presigned_get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    default String presignedGetObject(String bucket, String key) {
        return presignedGetObject(bucket, key, Duration.ofDays(7), Map.of());
    }

    /**
     * Returns a URL that downloads an object without credentials until it expires
     * ({@code presigned_get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    default String presignedGetObject(String bucket, String key, Duration expiry) {
        return presignedGetObject(bucket, key, expiry, Map.of());
    }

    /**
     * Returns a URL that downloads an object without credentials until it expires, with
     * response header overrides ({@code presigned_get_object} with
     * {@code response_headers}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param responseHeaders overrides among {@code response-content-type},
     * {@code response-content-disposition}, {@code response-cache-control},
     * {@code response-expires}, {@code response-content-language} and
     * {@code response-content-encoding}, signed into the URL
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    default String presignedGetObject(String bucket, String key, Duration expiry, Map<String, String> responseHeaders) {
        return presignedGetObject(bucket, key, expiry, GetObjectOptions.none().withResponseHeaders(responseHeaders));
    }

    /**
     * Returns a URL that uploads an object with a plain HTTP PUT for 7 days
     * ({@code presigned_put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    default String presignedPutObject(String bucket, String key) {
        return presignedPutObject(bucket, key, Duration.ofDays(7));
    }

    /**
     * Returns a URL that uploads an object with a plain HTTP PUT until it expires
     * ({@code presigned_put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @return the presigned URL
     * @throws IllegalStateException when the template has no credentials
     */
    String presignedPutObject(String bucket, String key, Duration expiry);

    /**
     * Signs a POST policy so that a browser form can upload within its conditions
     * ({@code presigned_post_policy}).
     * @param policy the policy
     * @return the URL to post to and the form fields to send
     * @throws IllegalStateException when the template has no credentials
     */
    PresignedPostForm presignedPostPolicy(PostPolicy policy);

    /**
     * Returns a GET request that downloads an object without credentials until it
     * expires, with the headers the caller must send: options a URL cannot carry (an
     * SSE-C key, a range, conditions, extra headers) are signed headers (beyond
     * {@code presigned_get_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options every option of a GET but a progress listener
     * @return the method, URL and headers to send
     * @throws IllegalStateException when the template has no credentials
     * @throws IllegalArgumentException when the options hold a customer key and the URL
     * is plain {@code http://}, unless
     * {@link MinioTemplateBuilder#allowCustomerKeysOverHttp(boolean)} allows it
     */
    PresignedRequest presignedGetObjectRequest(String bucket, String key, Duration expiry, GetObjectOptions options);

    /**
     * Returns a PUT request that uploads an object in one request without credentials
     * until it expires, with the headers the caller must send: the content type (when
     * given), extra headers, metadata, tags and server-side encryption are signed headers
     * (beyond {@code presigned_put_object}).
     * @param bucket the bucket name
     * @param key the object key
     * @param expiry how long the URL stays valid, 1 second to 7 days
     * @param options the options of a single PUT; no part size or progress listener
     * @return the method, URL and headers to send
     * @throws IllegalStateException when the template has no credentials
     * @throws IllegalArgumentException when the options hold a customer key and the URL
     * is plain {@code http://}, unless
     * {@link MinioTemplateBuilder#allowCustomerKeysOverHttp(boolean)} allows it
     */
    PresignedRequest presignedPutObjectRequest(String bucket, String key, Duration expiry, PutObjectOptions options);

    /**
     * Returns the canned anonymous-access policy of the objects under a prefix, derived
     * from the bucket policy ({@code get_bucket_policy}). Statements for this prefix or a
     * shorter one count; others are ignored.
     * @param bucket the bucket name
     * @param prefix the object name prefix; {@code null} or empty for the whole bucket
     * @return the policy, {@link Policy#NONE} when the bucket has no policy
     */
    Policy getBucketPolicy(String bucket, @Nullable String prefix);

    /**
     * Sets the canned anonymous-access policy of the objects under a prefix
     * ({@code set_bucket_policy}). The statements of other prefixes and statements
     * written by others are kept; the bucket policy is deleted when no statement is left.
     * @param bucket the bucket name
     * @param prefix the object name prefix; {@code null} or empty for the whole bucket;
     * must not contain {@code *}
     * @param policy the policy, {@link Policy#NONE} to remove the statements of this
     * prefix
     */
    void setBucketPolicy(String bucket, @Nullable String prefix, Policy policy);

    /**
     * Returns the bucket policy as JSON (GetBucketPolicy; beyond
     * {@code get_bucket_policy}).
     * @param bucket the bucket name
     * @return the JSON document, or an empty string when the bucket has no policy
     */
    String getBucketPolicyJson(String bucket);

    /**
     * Replaces the bucket policy (PutBucketPolicy; beyond {@code set_bucket_policy}).
     * @param bucket the bucket name
     * @param policy the JSON document; refused before sending when it is not a JSON
     * object
     */
    void setBucketPolicyJson(String bucket, String policy);

    /**
     * Removes the bucket policy (DeleteBucketPolicy); a bucket without policy is not an
     * error.
     * @param bucket the bucket name
     */
    void deleteBucketPolicy(String bucket);

    /**
     * Returns the notification configuration of a bucket
     * ({@code get_bucket_notification}).
     * @param bucket the bucket name
     * @return the configuration, {@linkplain NotificationConfiguration#isEmpty() empty}
     * when there is none
     */
    NotificationConfiguration getBucketNotification(String bucket);

    /**
     * Replaces the notification configuration of a bucket
     * ({@code set_bucket_notification}).
     * @param bucket the bucket name
     * @param notification at least one configuration, each with an ARN, events starting
     * with {@code s3:} and filter rules named {@code prefix} or {@code suffix}
     */
    void setBucketNotification(String bucket, NotificationConfiguration notification);

    /**
     * Removes every notification configuration of a bucket by setting an empty one
     * ({@code remove_all_bucket_notification}).
     * @param bucket the bucket name
     */
    void removeAllBucketNotification(String bucket);

    /**
     * Listens to the events of a bucket with MinIO's extension
     * ({@code listen_bucket_notification}); other S3 servers do not implement it.
     * Connects before returning; reconnects with backoff when the connection drops; close
     * the stream (try-with-resources) to stop.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param suffix only keys ending with it, or {@code null} for all
     * @param events the event names, such as
     * {@link NotificationEvents#OBJECT_CREATED_ALL}
     * @return the open stream of events
     */
    NotificationStream listenBucketNotification(String bucket, @Nullable String prefix, @Nullable String suffix,
            List<String> events);

    /**
     * Listens to the events of a bucket with MinIO's extension
     * ({@code listen_bucket_notification}) and hands them to a listener on a daemon
     * thread, until the subscription is cancelled. Connects before returning.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param suffix only keys ending with it, or {@code null} for all
     * @param events the event names, such as
     * {@link NotificationEvents#OBJECT_CREATED_ALL}
     * @param listener receives each event on the subscription's thread
     * @return the subscription, to cancel
     */
    NotificationSubscription listenBucketNotification(String bucket, @Nullable String prefix, @Nullable String suffix,
            List<String> events, Consumer<NotificationRecord> listener);

    /**
     * Creates a bucket in a region, with object lock ({@code make_bucket} with
     * {@code object_lock}). A bucket with object lock has versioning enabled, and object
     * lock can never be turned off again.
     * @param bucket the bucket name
     * @param location the region, such as {@code us-east-1}
     * @param objectLock whether to enable object lock
     * ({@code x-amz-bucket-object-lock-enabled: true})
     */
    void makeBucket(String bucket, String location, boolean objectLock);

    /**
     * Enables or suspends the versioning of a bucket ({@code set_bucket_versioning}).
     * @param bucket the bucket name
     * @param status {@link VersioningStatus#ENABLED} or
     * {@link VersioningStatus#SUSPENDED}; {@code OFF} is refused, as versioning cannot be
     * turned off once enabled
     */
    void setBucketVersioning(String bucket, VersioningStatus status);

    /**
     * Returns the versioning state of a bucket ({@code get_bucket_versioning}).
     * @param bucket the bucket name
     * @return {@code ENABLED}, {@code SUSPENDED}, or {@code OFF} when versioning was
     * never enabled
     */
    VersioningStatus getBucketVersioning(String bucket);

    /**
     * Lists the versions and delete markers of the objects of a bucket
     * (ListObjectVersions, {@code list_objects} with {@code include_version}), lazily:
     * each page is fetched only when the stream needs it. Versions of a key come newest
     * first; the current one is {@link ObjectVersion#isLatest() isLatest}.
     * @param bucket the bucket name
     * @param prefix only keys starting with it, or {@code null} for all
     * @param recursive {@code false} lists one level, sub-folders as directory entries
     * @return the versions, delete markers and directories; nothing is sent before the
     * stream's terminal operation
     */
    Stream<ObjectVersion> listObjectVersions(String bucket, @Nullable String prefix, boolean recursive);

    /**
     * Fetches one page of a version listing, for callers that page themselves.
     * @param bucket the bucket name
     * @param request the prefix, depth, page size and markers; continue with
     * {@code request.after(page)}
     * @return the page
     */
    ObjectVersionsPage listObjectVersionsPage(String bucket, ListObjectVersionsRequest request);

    /**
     * Removes objects or single versions of objects ({@code remove_objects} with
     * {@link DeleteObject}), lazily, in quiet batches of at most 1000: nothing is removed
     * until the returned stream is consumed. An object without version id gets a delete
     * marker in a versioned bucket; a version id removes that version permanently.
     * @param bucket the bucket name
     * @param objects the objects and versions, read once, in order
     * @param bypassGovernance whether to remove versions under a GOVERNANCE retention
     * ({@code x-amz-bypass-governance-retention: true}, needs the
     * {@code s3:BypassGovernanceRetention} permission)
     * @return the objects that could not be removed, with the version id the server names
     */
    Stream<DeleteError> removeObjects(String bucket, Iterable<DeleteObject> objects, boolean bypassGovernance);

    /**
     * Returns the object lock configuration of a bucket ({@code get_object_lock_config});
     * a bucket created without object lock answers
     * {@code ObjectLockConfigurationNotFoundError}.
     * @param bucket the bucket name
     * @return the configuration, with or without a default retention
     */
    ObjectLockConfiguration getObjectLockConfiguration(String bucket);

    /**
     * Sets the object lock configuration of a bucket created with object lock
     * ({@code set_object_lock_config}).
     * {@link ObjectLockConfiguration#withoutDefaultRetention()} removes the default
     * retention.
     * @param bucket the bucket name
     * @param configuration the default retention: a mode with days or years, or none
     */
    void setObjectLockConfiguration(String bucket, ObjectLockConfiguration configuration);

    /**
     * Returns the retention of the current version of an object
     * ({@code get_object_retention}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the retention, empty when the version has none
     */
    default Optional<Retention> getObjectRetention(String bucket, String key) {
        return getObjectRetention(bucket, key, null);
    }

    /**
     * Returns the retention of an object version ({@code get_object_retention}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version, or {@code null} for the current one
     * @return the retention, empty when the version has none
     */
    Optional<Retention> getObjectRetention(String bucket, String key, @Nullable String versionId);

    /**
     * Sets the retention of the current version of an object
     * ({@code set_object_retention}).
     * @param bucket the bucket name
     * @param key the object key
     * @param retention the mode and the date until which the version is protected
     */
    default void setObjectRetention(String bucket, String key, Retention retention) {
        setObjectRetention(bucket, key, null, retention, false);
    }

    /**
     * Sets the retention of an object version ({@code set_object_retention}). A retention
     * can be extended; shortening a GOVERNANCE retention needs {@code bypassGovernance},
     * a COMPLIANCE retention cannot be shortened.
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version, or {@code null} for the current one
     * @param retention the mode and the date until which the version is protected
     * @param bypassGovernance whether to override a GOVERNANCE retention
     * ({@code x-amz-bypass-governance-retention: true})
     */
    void setObjectRetention(String bucket, String key, @Nullable String versionId, Retention retention,
            boolean bypassGovernance);

    /**
     * Puts an object version under legal hold: it cannot be deleted until the hold is
     * released ({@code enable_object_legal_hold}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version, or {@code null} for the current one
     */
    void enableObjectLegalHold(String bucket, String key, @Nullable String versionId);

    /**
     * Releases the legal hold of an object version ({@code disable_object_legal_hold}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version, or {@code null} for the current one
     */
    void disableObjectLegalHold(String bucket, String key, @Nullable String versionId);

    /**
     * Tells whether an object version is under legal hold
     * ({@code is_object_legal_hold_enabled}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version, or {@code null} for the current one
     * @return {@code true} when the hold is on; a version that never had one is
     * {@code false}
     */
    boolean isObjectLegalHoldEnabled(String bucket, String key, @Nullable String versionId);

    /**
     * Returns the tags of the latest version of an object ({@code get_object_tags}).
     * @param bucket the bucket name
     * @param key the object key
     * @return the tags, {@linkplain Tags#isEmpty() empty} when the object has none
     */
    default Tags getObjectTags(String bucket, String key) {
        return getObjectTags(bucket, key, null);
    }

    /**
     * Returns the tags of an object version ({@code get_object_tags} with
     * {@code version_id}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version id, or {@code null} for the latest version
     * @return the tags, {@linkplain Tags#isEmpty() empty} when the object has none
     */
    Tags getObjectTags(String bucket, String key, @Nullable String versionId);

    /**
     * Replaces the tags of the latest version of an object ({@code set_object_tags}).
     * @param bucket the bucket name
     * @param key the object key
     * @param tags at most 10 tags, such as
     * {@code Tags.forObject(Map.of("project", "apollo"))}
     */
    default void setObjectTags(String bucket, String key, Tags tags) {
        setObjectTags(bucket, key, null, tags);
    }

    /**
     * Replaces the tags of an object version ({@code set_object_tags} with
     * {@code version_id}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version id, or {@code null} for the latest version
     * @param tags at most 10 tags; empty tags remove them all
     */
    void setObjectTags(String bucket, String key, @Nullable String versionId, Tags tags);

    /**
     * Removes the tags of the latest version of an object ({@code delete_object_tags}).
     * @param bucket the bucket name
     * @param key the object key
     */
    default void deleteObjectTags(String bucket, String key) {
        deleteObjectTags(bucket, key, null);
    }

    /**
     * Removes the tags of an object version ({@code delete_object_tags} with
     * {@code version_id}).
     * @param bucket the bucket name
     * @param key the object key
     * @param versionId the version id, or {@code null} for the latest version
     */
    void deleteObjectTags(String bucket, String key, @Nullable String versionId);

    /**
     * Returns the tags of a bucket ({@code get_bucket_tags}).
     * @param bucket the bucket name
     * @return the tags, {@linkplain Tags#isEmpty() empty} when the bucket has none (the
     * server answers {@code NoSuchTagSet})
     */
    Tags getBucketTags(String bucket);

    /**
     * Replaces the tags of a bucket ({@code set_bucket_tags}).
     * @param bucket the bucket name
     * @param tags 1 to 50 tags, such as {@code Tags.forBucket(Map.of("team", "media"))}
     */
    void setBucketTags(String bucket, Tags tags);

    /**
     * Removes the tags of a bucket ({@code delete_bucket_tags}); a bucket without tags is
     * not an error.
     * @param bucket the bucket name
     */
    void deleteBucketTags(String bucket);

    /**
     * Returns the lifecycle configuration of a bucket ({@code get_bucket_lifecycle}).
     * @param bucket the bucket name
     * @return the configuration, {@linkplain LifecycleConfiguration#isEmpty() empty} when
     * the bucket has none (the server answers {@code NoSuchLifecycleConfiguration}); a
     * rule with transitions, which the value cannot represent, is a
     * {@link dev.miniospring.MinioInvalidResponseException}
     */
    LifecycleConfiguration getBucketLifecycle(String bucket);

    /**
     * Replaces the lifecycle configuration of a bucket ({@code set_bucket_lifecycle}).
     * @param bucket the bucket name
     * @param lifecycle 1 to 1000 rules with unique ids of at most 255 characters, each
     * with at least one action, positive days and expiration dates at midnight UTC
     */
    void setBucketLifecycle(String bucket, LifecycleConfiguration lifecycle);

    /**
     * Removes the lifecycle configuration of a bucket ({@code delete_bucket_lifecycle}).
     * @param bucket the bucket name
     */
    void deleteBucketLifecycle(String bucket);

    /**
     * Returns the CORS configuration of a bucket ({@code get_bucket_cors}).
     * @param bucket the bucket name
     * @return the configuration, {@linkplain CorsConfiguration#isEmpty() empty} when the
     * bucket has none (the server answers {@code NoSuchCORSConfiguration})
     */
    CorsConfiguration getBucketCors(String bucket);

    /**
     * Replaces the CORS configuration of a bucket ({@code set_bucket_cors}).
     * @param bucket the bucket name
     * @param cors 1 to 100 rules, each with at least one origin and one method
     * ({@code GET}, {@code PUT}, {@code POST}, {@code DELETE}, {@code HEAD}), origins and
     * allowed headers with at most one {@code *}, and a max age that is not negative
     */
    void setBucketCors(String bucket, CorsConfiguration cors);

    /**
     * Removes the CORS configuration of a bucket ({@code delete_bucket_cors}).
     * @param bucket the bucket name
     */
    void deleteBucketCors(String bucket);

    /**
     * Returns the default encryption of a bucket ({@code get_bucket_encryption}).
     * @param bucket the bucket name
     * @return the encryption, empty when the bucket has none (the server answers
     * {@code ServerSideEncryptionConfigurationNotFoundError})
     */
    Optional<BucketEncryption> getBucketEncryption(String bucket);

    /**
     * Sets the default encryption of a bucket ({@code set_bucket_encryption}).
     * @param bucket the bucket name
     * @param encryption {@link BucketEncryption#sseS3()} or
     * {@link BucketEncryption#sseKms(String)}
     */
    void setBucketEncryption(String bucket, BucketEncryption encryption);

    /**
     * Removes the default encryption of a bucket ({@code delete_bucket_encryption}); a
     * bucket without one is not an error. Reads the encryption first and sends the DELETE
     * only when there is one: a server that does not implement the {@code ?encryption}
     * sub-resource (Ceph RGW 16 takes {@code DELETE /bucket?encryption} for DeleteBucket)
     * fails with a {@link dev.miniospring.MinioInvalidResponseException} before anything
     * is deleted.
     * @param bucket the bucket name
     */
    void deleteBucketEncryption(String bucket);

    /**
     * Concatenates objects, or byte ranges of them, into a new object on the server
     * ({@code compose_object}), with UploadPartCopy parts of a multipart upload sent in
     * parallel. Every source is read with HeadObject first (with its version, conditions
     * and SSE-C key), and the size rules are checked before anything is written: every
     * range inside its object, every source but the last at least 5 MiB, at most 5 TiB
     * and 10,000 parts in all (a source over 5 GiB takes several parts). Each part is
     * pinned to the ETag its source had then: a source changed midway fails the compose
     * with {@code PreconditionFailed}. Any failure aborts the upload; nothing is left
     * behind.
     * @param bucket the target bucket name
     * @param key the target key
     * @param sources 1 to 10,000 sources, in order
     * @param options the content type, user metadata, tags and encryption of the new
     * object (the sources' are not copied)
     * @return the ETag and version id of the new object
     * @throws IllegalArgumentException naming the argument, before any write, when an
     * argument or a size rule is broken
     */
    ObjectWriteResponse composeObject(String bucket, String key, List<ComposeSource> sources,
            ComposeObjectOptions options);

    /**
     * Concatenates objects, or byte ranges of them, into a new object on the server
     * ({@code compose_object}) like
     * {@link #composeObject(String, String, List, ComposeObjectOptions)}, stored as
     * {@code application/octet-stream} without metadata.
     * @param bucket the target bucket name
     * @param key the target key
     * @param sources 1 to 10,000 sources, in order
     * @return the ETag and version id of the new object
     */
    default ObjectWriteResponse composeObject(String bucket, String key, List<ComposeSource> sources) {
        return composeObject(bucket, key, sources, ComposeObjectOptions.none());
    }

    /**
     * Downloads an object into a file ({@code download_object}), through a temporary file
     * next to it that is moved into place only when complete: on any failure the target
     * is neither created nor replaced and the temporary file is deleted. A HeadObject
     * first reads the object's size and ETag (with the options' version, conditions and
     * SSE-C key); an object larger than the part size is then fetched in ranges of that
     * size, {@code concurrency} at a time, each range GET pinned to that ETag with
     * {@code If-Match} (and to the version id when the options give one), carrying the
     * SSE-C key, and streamed through a fixed-size buffer into its place in the file. A
     * range answered with anything but exactly that range ({@code 200} instead of
     * {@code 206}, another {@code Content-Range}, a shorter or longer body, another
     * ETag), or an object that changed meanwhile ({@code 412}) fails the download with a
     * {@link dev.miniospring.MinioException} and stops the other ranges. A smaller
     * object, one without an ETag, a byte range of the options, or a concurrency of 1 is
     * downloaded in one GET, as by
     * {@link #fgetObject(String, String, Path, GetObjectOptions)}; so is an object whose
     * HeadObject is answered with an error, which the GET's answer then reports with its
     * error document.
     * @param bucket the bucket name
     * @param key the object key
     * @param file the target file, replaced when it exists; missing parent directories
     * are created
     * @param options the read options, and the part size and concurrency (the template's
     * by default)
     * @return the object information (of the HeadObject for a parallel download)
     */
    StatObjectResponse downloadObject(String bucket, String key, Path file, DownloadOptions options);

}
