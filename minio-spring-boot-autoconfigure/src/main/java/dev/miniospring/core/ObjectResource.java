package dev.miniospring.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.Exchanges;
import dev.miniospring.internal.transport.ResponseReaders;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.upload.MultipartCopier;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.internal.upload.ObjectUploader;
import dev.miniospring.internal.upload.ProgressTracker;
import dev.miniospring.internal.upload.UploadSettings;
import dev.miniospring.internal.upload.UploadTarget;
import dev.miniospring.internal.xml.CopyObjectResult;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.Conditions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * The object operations of {@link dev.miniospring.core.MinioTemplate}: PUT, GET, HEAD and
 * DELETE of an object, and copy. Every operation checks its arguments before sending
 * anything.
 */
final class ObjectResource {

    private static final String NO_SUCH_BUCKET = "NoSuchBucket";

    private final S3Transport transport;

    private final ObjectUploader uploader;

    private final UploadSettings settings;

    private final CustomerKeyGuard customerKeys;

    private final ObjectComposeResource composer;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     * @param settings the upload settings
     */
    public ObjectResource(S3Transport transport, UploadSettings settings) {
        this(transport, transport, settings);
    }

    /**
     * Creates the operations with a transport of their own for uploads (single PUTs and
     * multipart uploads), so that downloads held open by callers cannot take the
     * connections the uploads they feed need.
     * @param transport the transport
     * @param uploadTransport the transport of uploads
     * @param settings the upload settings
     */
    public ObjectResource(S3Transport transport, S3Transport uploadTransport, UploadSettings settings) {
        this(transport, uploadTransport, settings, false);
    }

    /**
     * Creates the operations with a transport of their own for uploads.
     * @param transport the transport
     * @param uploadTransport the transport of uploads
     * @param settings the upload settings
     * @param allowCustomerKeysOverHttp whether SSE-C keys may be sent to a plain
     * {@code http://} endpoint
     */
    public ObjectResource(S3Transport transport, S3Transport uploadTransport, UploadSettings settings,
            boolean allowCustomerKeysOverHttp) {
        this(transport, uploadTransport, settings, allowCustomerKeysOverHttp, MultipartCopySizes.DEFAULTS);
    }

    /**
     * Creates the operations with a transport of their own for uploads and multipart
     * copies.
     * @param transport the transport
     * @param uploadTransport the transport of uploads and multipart copies
     * @param settings the upload settings, whose concurrency and threads multipart copies
     * use too
     * @param allowCustomerKeysOverHttp whether SSE-C keys may be sent to a plain
     * {@code http://} endpoint
     * @param copySizes how copies too large for one CopyObject are split
     */
    ObjectResource(S3Transport transport, S3Transport uploadTransport, UploadSettings settings,
            boolean allowCustomerKeysOverHttp, MultipartCopySizes copySizes) {
        this.customerKeys = new CustomerKeyGuard(transport.endpoint().baseUri(), allowCustomerKeysOverHttp);
        this.transport = transport;
        MultipartUploadResource keyUploads = new MultipartUploadResource(uploadTransport);
        this.uploader = new ObjectUploader(uploadTransport, settings, keyUploads);
        this.settings = settings;
        this.composer = new ObjectComposeResource(new MultipartCopier(uploadTransport, settings, keyUploads), copySizes,
                this.customerKeys, settings.payloadSigning(), this::statObject);
    }

    /**
     * Returns the compose operations, which share this resource's transports, settings
     * and HEAD requests.
     * @return the compose operations
     */
    ObjectComposeResource composer() {
        return this.composer;
    }

    /**
     * Uploads a stream (PutObject, or a multipart upload beyond the part size).
     * @param bucket the bucket
     * @param key the object key
     * @param data the data, read once and not closed
     * @param length the number of bytes, or {@code -1} when unknown
     * @param options the content type, headers, metadata, part size and progress listener
     * @return the ETag and version id
     */
    public ObjectWriteResponse putObject(String bucket, String key, InputStream data, long length,
            PutObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        Assert.notNull(data, "'data' must not be null");
        ObjectArguments.validateLength(length);
        Assert.notNull(options, "'options' must not be null");
        String contentType = (options.contentType() != null) ? options.contentType() : "application/octet-stream";
        return upload(bucket, key, data, length, options, contentType);
    }

    private ObjectWriteResponse upload(String bucket, String key, InputStream data, long length,
            PutObjectOptions options, String contentType) {
        this.customerKeys.check(options.encryption());
        ProgressTracker progress = new ProgressTracker(bucket, key, length, options.listener());
        UploadTarget target = new UploadTarget(bucket, key, ObjectOptionDecorators.put(options, contentType), progress,
                this.settings.payloadSigning(), this.settings.checksumOf(options.checksum()),
                options.fullObjectChecksum());
        return this.uploader.upload(target, data, length, options.partSize());
    }

    /**
     * Uploads a file, guessing its content type from its name when none is given; failing
     * to read it is a {@link MinioException}.
     * @param bucket the bucket
     * @param key the object key
     * @param file the file
     * @param options the content type (or {@code null} to guess it), headers, metadata,
     * part size and progress listener
     * @return the ETag and version id
     */
    public ObjectWriteResponse fputObject(String bucket, String key, Path file, PutObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        Assert.notNull(file, "'file' must not be null");
        Assert.isTrue(Files.isRegularFile(file) && Files.isReadable(file),
                () -> "'file' " + file + " is not a readable regular file");
        Assert.notNull(options, "'options' must not be null");
        return putFile(bucket, key, file, options);
    }

    /**
     * Uploads a file that was checked before; failing to read it is a
     * {@link MinioException}.
     * @param bucket the bucket
     * @param key the object key
     * @param file the file
     * @param options the options
     * @return the ETag and version id
     */
    ObjectWriteResponse putFile(String bucket, String key, Path file, PutObjectOptions options) {
        String contentType = (options.contentType() != null) ? options.contentType()
                : MediaTypeFactory.getMediaType(String.valueOf(file.getFileName()))
                    .orElse(MediaType.APPLICATION_OCTET_STREAM)
                    .toString();
        try (InputStream data = Files.newInputStream(file)) {
            return upload(bucket, key, data, Files.size(file), options, contentType);
        }
        catch (IOException ex) {
            throw new MinioException("Could not read file " + file + " to upload to " + bucket + "/" + key + ": "
                    + ex.getMessage() + "; nothing was stored", ex);
        }
    }

    /**
     * Reads an object's information (HeadObject). A HEAD answer has no body to say what
     * is missing, so a 404 is followed by a HeadBucket that tells a missing bucket
     * ({@code NoSuchBucket}) from a missing key ({@code NoSuchKey}).
     * @param bucket the bucket
     * @param key the object key
     * @param options the version and conditions
     * @return the information
     */
    public StatObjectResponse statObject(String bucket, String key, StatObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        Assert.notNull(options, "'options' must not be null");
        try {
            return head(bucket, key, options);
        }
        catch (MinioErrorResponseException ex) {
            throw (ex.statusCode() == HttpStatus.NOT_FOUND.value()) ? whatIsMissing(bucket, ex) : ex;
        }
    }

    /**
     * Sends a HeadObject of checked arguments; a 404 is not followed by a HeadBucket.
     */
    StatObjectResponse head(String bucket, String key, StatObjectOptions options) {
        this.customerKeys.check(options.customerKey());
        S3Request request = S3Request.builder(HttpMethod.HEAD)
            .bucket(bucket)
            .key(key)
            .apply(ObjectOptionDecorators.stat(options))
            .build();
        return this.transport.execute(request, (response) -> stat(bucket, key, response.getHeaders()));
    }

    private static StatObjectResponse stat(String bucket, String key, HttpHeaders headers) {
        ObjectAnswers.check(headers);
        return StatObjectHeaders.read(bucket, key, headers);
    }

    private MinioErrorResponseException whatIsMissing(String bucket, MinioErrorResponseException notFound) {
        try {
            this.transport.execute(S3Request.builder(HttpMethod.HEAD).bucket(bucket).build());
        }
        catch (MinioErrorResponseException ex) {
            if (NO_SUCH_BUCKET.equals(ex.code())) {
                return new MinioErrorResponseException(ex.statusCode(), NO_SUCH_BUCKET,
                        "The specified bucket does not exist", null, ex.requestId(), ex.hostId(), bucket,
                        notFound.key());
            }
            notFound.addSuppressed(ex);
        }
        catch (MinioException ex) {
            notFound.addSuppressed(ex);
        }
        return notFound;
    }

    /**
     * Tells whether an object exists (HeadObject).
     * @param bucket the bucket
     * @param key the object key
     * @return {@code false} when the key is missing; a missing bucket throws
     * {@code NoSuchBucket}
     */
    public boolean objectExists(String bucket, String key) {
        ObjectArguments.validate(bucket, key);
        try {
            statObject(bucket, key, StatObjectOptions.none());
            return true;
        }
        catch (MinioErrorResponseException ex) {
            if ("NoSuchKey".equals(ex.code())) {
                return false;
            }
            throw ex;
        }
    }

    /**
     * Opens an object, or a byte range of it, for streaming (GetObject).
     * @param bucket the bucket
     * @param key the object key
     * @param options the range (answered only by a {@code 206} with its
     * {@code Content-Range}), version, conditions, response overrides, extra headers and
     * progress listener
     * @return the open response
     */
    public GetObjectResponse getObject(String bucket, String key, GetObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        Assert.notNull(options, "'options' must not be null");
        return open(bucket, key, options);
    }

    private GetObjectResponse open(String bucket, String key, GetObjectOptions options) {
        this.customerKeys.check(options.customerKey());
        S3Request request = S3Request.builder(HttpMethod.GET)
            .bucket(bucket)
            .key(key)
            .apply(ObjectOptionDecorators.get(options))
            .build();
        ClientHttpResponse response = this.transport.open(request);
        try {
            return ResponseReaders.read(request, response, (opened) -> opened(bucket, key, opened, options));
        }
        catch (IOException ex) {
            Exchanges.abort(response);
            throw new MinioException("Could not open the body of " + bucket + "/" + key + ": " + ex.getMessage(), ex);
        }
        catch (RuntimeException ex) {
            Exchanges.abort(response);
            throw ex;
        }
    }

    private static GetObjectResponse opened(String bucket, String key, ClientHttpResponse response,
            GetObjectOptions options) throws IOException {
        ObjectAnswers.check(response.getHeaders());
        if (options.range() != null) {
            RangeHeader.check(options.range(), response.getHeaders());
        }
        boolean wholeObject = options.range() == null && response.getStatusCode().value() == HttpStatus.OK.value();
        return ObjectBodyStream.open(bucket, key, response, options.listener(), wholeObject);
    }

    /**
     * Downloads an object into a file through a temporary file next to it (named
     * {@code .minio-<number>.part}), moved into place only when complete and of the
     * announced size; missing parent directories are created. The target is checked
     * before the request is sent.
     * @param bucket the bucket
     * @param key the object key
     * @param file the target file, replaced when it exists
     * @param options the read options, such as the version and the progress listener
     * @return the object information
     */
    public StatObjectResponse fgetObject(String bucket, String key, Path file, GetObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        ObjectArguments.validateDownloadTarget(file);
        Assert.notNull(options, "'options' must not be null");
        try (GetObjectResponse object = open(bucket, key, options)) {
            download(object, file.toAbsolutePath());
            return object.stat();
        }
        catch (IOException | MinioTransportException ex) {
            throw DownloadFiles.failure(bucket, key, file, ex);
        }
    }

    private static void download(GetObjectResponse object, Path target) throws IOException {
        DownloadFiles.write(target, (temporary) -> {
            long written = Files.copy(object, temporary, StandardCopyOption.REPLACE_EXISTING);
            checkSize(object.stat(), written);
        });
    }

    private static void checkSize(StatObjectResponse stat, long written) throws IOException {
        if (stat.size() >= 0 && written != stat.size()) {
            throw new IOException("received " + written + " of " + stat.size() + " bytes");
        }
    }

    /**
     * Copies an object on the server, checking its size with HeadObject first: with
     * CopyObject up to 5 GiB, in parallel UploadPartCopy parts beyond.
     * @param bucket the target bucket
     * @param key the target key
     * @param source the source object, its version and conditions
     * @param options whether the metadata is copied or replaced
     * @return the ETag and version id of the new object
     */
    public ObjectWriteResponse copyObject(String bucket, String key, CopySource source, CopyObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        ObjectArguments.validateSource(source);
        Assert.notNull(options, "'options' must not be null");
        this.customerKeys.check(source.customerKey(), options.encryption());
        StatObjectResponse stat = statObject(source.bucket(), source.key(),
                new StatObjectOptions(source.versionId(), Conditions.none(), source.customerKey()));
        if (this.composer.needsParts(stat)) {
            return this.composer.copyObject(bucket, key, source, options);
        }
        S3Request copy = S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key(key)
            .apply(ObjectOptionDecorators.copy(source, options, stat.contentType()))
            .build();
        return this.transport.execute(copy, (response) -> copyResult(bucket, key, copy, response));
    }

    private static ObjectWriteResponse copyResult(String bucket, String key, S3Request request,
            ClientHttpResponse response) throws IOException {
        CopyObjectResult result = ResponseReaders.readXml(request, response, CopyObjectResult.class);
        return new ObjectWriteResponse(bucket, key, ETags.unquote(result.etag()),
                response.getHeaders().getFirst("x-amz-version-id"));
    }

    /**
     * Removes an object or one of its versions (DeleteObject); removing a missing object
     * succeeds.
     * @param bucket the bucket
     * @param key the object key
     * @param options the version and whether GOVERNANCE retention is bypassed
     */
    public void removeObject(String bucket, String key, RemoveObjectOptions options) {
        ObjectArguments.validate(bucket, key);
        Assert.notNull(options, "'options' must not be null");
        this.transport.execute(S3Request.builder(HttpMethod.DELETE)
            .bucket(bucket)
            .key(key)
            .apply(ObjectOptionDecorators.remove(options))
            .build());
    }

}
