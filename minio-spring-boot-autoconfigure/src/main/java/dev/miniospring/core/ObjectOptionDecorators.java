package dev.miniospring.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3UriEncoder;
import dev.miniospring.internal.transport.UserMetadata;
import dev.miniospring.internal.upload.UploadDecorator;
import dev.miniospring.internal.upload.UploadStep;
import dev.miniospring.object.ByteRange;
import dev.miniospring.object.ComposeObjectOptions;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.MetadataDirective;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.RemoveObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectOptions;

import org.springframework.http.HttpHeaders;

/**
 * Turns the options of an object operation into the one decorator its requests get: the
 * only place where each kind of option becomes headers or query parameters (conditions in
 * {@link ConditionHeaders}, ranges in {@link RangeHeader}, user metadata in
 * {@link UserMetadata}, encryption in {@link EncryptionHeaders}, the upload's checksum in
 * {@link dev.miniospring.internal.upload.UploadTarget}).
 */
final class ObjectOptionDecorators {

    private ObjectOptionDecorators() {
    }

    static RequestDecorator get(GetObjectOptions options) {
        return (request) -> {
            versionId(request, options.versionId());
            ConditionHeaders.OBJECT.apply(request, options.conditions());
            options.requestHeaders().forEach(request::header);
            options.responseHeaders().forEach(request::query);
            if (options.range() != null) {
                RangeHeader.apply(request, options.range());
            }
            encryption(request, options.customerKey(), EncryptionHeaders.TARGET);
            checksumMode(request, options.checksumMode());
        };
    }

    static RequestDecorator stat(StatObjectOptions options) {
        return (request) -> {
            versionId(request, options.versionId());
            ConditionHeaders.OBJECT.apply(request, options.conditions());
            encryption(request, options.customerKey(), EncryptionHeaders.TARGET);
            checksumMode(request, options.checksumMode());
        };
    }

    static RequestDecorator remove(RemoveObjectOptions options) {
        return (request) -> {
            versionId(request, options.versionId());
            if (options.bypassGovernanceRetention()) {
                request.header("x-amz-bypass-governance-retention", "true");
            }
        };
    }

    /**
     * Returns the decorator of a CopyObject.
     * @param sourceContentType the content type of the source, kept when the metadata is
     * replaced without a new one
     */
    static RequestDecorator copy(CopySource source, CopyObjectOptions options, String sourceContentType) {
        return (request) -> {
            request.header("x-amz-copy-source", copySource(source));
            ConditionHeaders.COPY_SOURCE.apply(request, source.conditions());
            if (options.metadataDirective() == MetadataDirective.REPLACE) {
                request.header("x-amz-metadata-directive", "REPLACE");
                String contentType = (options.contentType() != null) ? options.contentType() : sourceContentType;
                attributes(request, contentType, Map.of(), options.metadata());
            }
            encryption(request, source.customerKey(), EncryptionHeaders.COPY_SOURCE);
            encryption(request, options.encryption(), EncryptionHeaders.TARGET);
        };
    }

    /**
     * Returns the decorator of the requests of an upload: the object's attributes go on
     * the single PUT and CreateMultipartUpload only, and so does SSE-S3 or SSE-KMS; an
     * SSE-C key goes on every request but the abort.
     * @param contentType the content type to store, or {@code null} to send none
     */
    static UploadDecorator put(PutObjectOptions options, @Nullable String contentType) {
        return (step, request) -> {
            if (step.storesAttributes()) {
                attributes(request, contentType, options.headers(), options.metadata());
                if (!options.tags().isEmpty()) {
                    request.header("x-amz-tagging", TagSets.header(options.tags()));
                }
            }
            if (carriesEncryption(step, options.encryption())) {
                encryption(request, options.encryption(), EncryptionHeaders.TARGET);
            }
        };
    }

    /**
     * Returns the decorator of a presigned PUT: what a single PUT carries, the content
     * type only when the options give one (otherwise the caller chooses it).
     */
    static RequestDecorator presignedPut(PutObjectOptions options) {
        UploadDecorator put = put(options, options.contentType());
        return (request) -> put.decorate(UploadStep.PUT, request);
    }

    /**
     * Returns the decorator of the requests of a compose or multipart copy: the new
     * object's attributes and encryption go where an upload's go.
     */
    static UploadDecorator compose(ComposeObjectOptions options) {
        PutObjectOptions put = PutObjectOptions.none().withMetadata(options.metadata()).withTags(options.tags());
        return put((options.encryption() != null) ? put.withEncryption(options.encryption()) : put,
                (options.contentType() != null) ? options.contentType() : "application/octet-stream");
    }

    /**
     * Returns the source headers of one UploadPartCopy: the source pinned to the ETag it
     * had when it was read, its other conditions, the range copied and the source's
     * customer key.
     * @param etag the ETag the source must still have
     * @param range the bytes copied, or {@code null} for the whole source
     */
    static RequestDecorator partCopy(CopySource source, String etag, @Nullable ByteRange range) {
        return (request) -> {
            request.header("x-amz-copy-source", copySource(source));
            if (range != null) {
                request.header("x-amz-copy-source-range", RangeHeader.value(range));
            }
            ConditionHeaders.COPY_SOURCE.apply(request, source.conditions().withMatchETag(etag));
            encryption(request, source.customerKey(), EncryptionHeaders.COPY_SOURCE);
        };
    }

    private static void versionId(S3Request.Builder request, @Nullable String versionId) {
        ObjectVersionIds.query(request, versionId);
    }

    private static void checksumMode(S3Request.Builder request, boolean enabled) {
        if (enabled) {
            request.header("x-amz-checksum-mode", "ENABLED");
        }
    }

    private static boolean carriesEncryption(UploadStep step, @Nullable ServerSideEncryption encryption) {
        return step.storesAttributes() || (step != UploadStep.ABORT && encryption instanceof CustomerKey);
    }

    private static void encryption(S3Request.Builder request, @Nullable ServerSideEncryption encryption,
            EncryptionHeaders kind) {
        if (encryption != null) {
            EncryptionHeaders.apply(request, encryption, kind);
        }
    }

    private static String copySource(CopySource source) {
        String path = "/" + source.bucket() + "/" + S3UriEncoder.encodePath(source.key());
        return (source.versionId() != null) ? path + "?versionId=" + S3UriEncoder.encode(source.versionId()) : path;
    }

    private static void attributes(S3Request.Builder request, @Nullable String contentType, Map<String, String> headers,
            Map<String, String> metadata) {
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers.forEach(request::header);
        UserMetadata.addHeaders(request, metadata);
    }

}
