package dev.miniospring.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.upload.KeyUploads;
import dev.miniospring.internal.xml.ListMultipartUploadsResult;
import dev.miniospring.internal.xml.ListPartsResult;
import dev.miniospring.object.Upload;

import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;

/**
 * The incomplete multipart uploads of {@link dev.miniospring.core.MinioTemplate}: listed
 * lazily with their sizes (ListMultipartUploads, ListParts) and aborted by key
 * (AbortMultipartUpload). Arguments are validated by the template.
 */
final class MultipartUploadResource implements KeyUploads {

    private static final String NO_SUCH_UPLOAD = "NoSuchUpload";

    /**
     * What Ceph RGW 16.2 answers to ListParts of an upload aborted since it was listed
     * (AWS: NoSuchUpload).
     */
    private static final String NO_SUCH_KEY = "NoSuchKey";

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public MultipartUploadResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Lists incomplete uploads, fetching the next page (and the parts of its uploads)
     * only when the stream needs it. Uploads that end while being sized are left out.
     * Non-recursive listings also drop nested keys themselves, as some servers (S3Proxy)
     * ignore the delimiter of ListMultipartUploads.
     * @param bucket the bucket
     * @param prefix only keys starting with it, or {@code null}
     * @param recursive {@code false} lists only keys without {@code /} after the prefix
     * @return the uploads with the sizes of their parts; nothing is sent before the
     * stream's terminal operation
     */
    public Stream<Upload> listIncompleteUploads(String bucket, @Nullable String prefix, boolean recursive) {
        BucketNames.validate(bucket);
        int level = (prefix != null) ? prefix.length() : 0;
        return uploads(bucket, prefix, recursive)
            .filter((upload) -> recursive || upload.objectName().indexOf('/', level) < 0)
            .map(this::sized)
            .flatMap(Stream::ofNullable);
    }

    /**
     * Aborts every incomplete upload of one key.
     * @param bucket the bucket
     * @param key the key
     */
    public void removeIncompleteUpload(String bucket, String key) {
        ObjectArguments.validate(bucket, key);
        uploadsOf(bucket, key).forEach(this::abort);
    }

    @Override
    public List<Upload> uploadsOf(String bucket, String key) {
        return uploads(bucket, key, true).filter((upload) -> upload.objectName().equals(key)).toList();
    }

    @Override
    public void abort(Upload upload) {
        try {
            this.transport.execute(S3Request.builder(HttpMethod.DELETE)
                .bucket(upload.bucket())
                .key(upload.objectName())
                .query("uploadId", upload.uploadId())
                .build());
        }
        catch (MinioErrorResponseException ex) {
            rethrowUnlessNoSuchUpload(ex);
        }
    }

    private Stream<Upload> uploads(String bucket, @Nullable String prefix, boolean recursive) {
        return LazyPages.stream(new UploadPages(bucket, prefix, recursive));
    }

    private @Nullable Upload sized(Upload upload) {
        try {
            return new Upload(upload.bucket(), upload.objectName(), upload.uploadId(), upload.initiated(),
                    partsSize(upload));
        }
        catch (MinioErrorResponseException ex) {
            if (!NO_SUCH_KEY.equals(ex.code())) {
                rethrowUnlessNoSuchUpload(ex);
            }
            return null;
        }
    }

    private long partsSize(Upload upload) {
        long size = 0;
        Integer marker = null;
        do {
            ListPartsResult parts = this.transport.execute(partsRequest(upload, marker), ListPartsResult.class);
            size += parts.parts().stream().mapToLong((part) -> (part.size() != null) ? part.size() : 0).sum();
            marker = nextMarker(upload, parts, marker);
        }
        while (marker != null);
        return size;
    }

    private static @Nullable Integer nextMarker(Upload upload, ListPartsResult parts, @Nullable Integer marker) {
        if (!Boolean.TRUE.equals(parts.truncated)) {
            return null;
        }
        Integer next = parts.nextPartNumberMarker;
        if (next == null || (marker != null && next <= marker)) {
            throw new MinioInvalidResponseException(200,
                    "The server answered a truncated ListParts page of upload " + upload.uploadId() + " of "
                            + upload.bucket() + "/" + upload.objectName() + " without a NextPartNumberMarker beyond "
                            + marker + ": the listing cannot go on");
        }
        return next;
    }

    private static S3Request partsRequest(Upload upload, @Nullable Integer marker) {
        S3Request.Builder request = S3Request.builder(HttpMethod.GET)
            .bucket(upload.bucket())
            .key(upload.objectName())
            .query("uploadId", upload.uploadId());
        if (marker != null) {
            request.query("part-number-marker", marker.toString());
        }
        return request.build();
    }

    private static void rethrowUnlessNoSuchUpload(MinioErrorResponseException ex) {
        if (!NO_SUCH_UPLOAD.equals(ex.code())) {
            throw ex;
        }
    }

    private final class UploadPages implements Supplier<@Nullable List<Upload>> {

        private final String bucket;

        private final @Nullable String prefix;

        private final boolean recursive;

        private @Nullable String keyMarker;

        private @Nullable String uploadIdMarker;

        private boolean done;

        UploadPages(String bucket, @Nullable String prefix, boolean recursive) {
            this.bucket = bucket;
            this.prefix = prefix;
            this.recursive = recursive;
        }

        @Override
        public @Nullable List<Upload> get() {
            if (this.done) {
                return null;
            }
            ListMultipartUploadsResult result = MultipartUploadResource.this.transport.execute(request(),
                    ListMultipartUploadsResult.class);
            this.done = !Boolean.TRUE.equals(result.truncated);
            if (!this.done) {
                advance(EncodedNames.decodeNullable(result.nextKeyMarker, result.encodingType),
                        result.nextUploadIdMarker);
            }
            return result.uploads().stream().map((upload) -> upload(result, upload)).toList();
        }

        private void advance(@Nullable String nextKeyMarker, @Nullable String nextUploadIdMarker) {
            if (!StringUtils.hasLength(nextKeyMarker)) {
                throw invalid("without NextKeyMarker");
            }
            if (nextKeyMarker.equals(this.keyMarker) && Objects.equals(nextUploadIdMarker, this.uploadIdMarker)) {
                throw invalid("with the markers of the previous page");
            }
            this.keyMarker = nextKeyMarker;
            this.uploadIdMarker = nextUploadIdMarker;
        }

        private MinioInvalidResponseException invalid(String problem) {
            return new MinioInvalidResponseException(200, "The server answered a truncated ListMultipartUploads page "
                    + "of bucket " + this.bucket + " " + problem + ": the listing cannot go on");
        }

        private Upload upload(ListMultipartUploadsResult result, ListMultipartUploadsResult.Upload upload) {
            return new Upload(this.bucket, EncodedNames.decode(upload.key(), result.encodingType), upload.uploadId(),
                    upload.initiated(), 0);
        }

        private S3Request request() {
            S3Request.Builder request = S3Request.builder(HttpMethod.GET).bucket(this.bucket).query("uploads", "");
            if (this.prefix != null && !this.prefix.isEmpty()) {
                request.query("prefix", this.prefix);
            }
            if (!this.recursive) {
                request.query("delimiter", "/");
            }
            request.query("encoding-type", EncodedNames.URL).query("max-uploads", "1000");
            if (this.keyMarker != null) {
                request.query("key-marker", this.keyMarker);
            }
            if (this.uploadIdMarker != null) {
                request.query("upload-id-marker", this.uploadIdMarker);
            }
            return request.build();
        }

    }

}
