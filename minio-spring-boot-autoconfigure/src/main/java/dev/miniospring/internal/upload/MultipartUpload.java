package dev.miniospring.internal.upload;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.transport.ResponseReaders;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.CompleteMultipartUpload;
import dev.miniospring.internal.xml.CompleteMultipartUploadResult;
import dev.miniospring.internal.xml.CopyPartResult;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.ObjectWriteResponse;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpHeaders;

/**
 * The S3 requests of one multipart upload: create, upload part, copy part, complete and
 * abort.
 */
final class MultipartUpload {

    private final S3Transport transport;

    private final UploadTarget target;

    private final String bucket;

    private final String key;

    private final String uploadId;

    private final AtomicBoolean finished = new AtomicBoolean();

    private final Map<Integer, Map.Entry<String, Integer>> partChecksums = new ConcurrentHashMap<>();

    private MultipartUpload(S3Transport transport, UploadTarget target, String uploadId) {
        this.transport = transport;
        this.target = target;
        this.bucket = target.bucket();
        this.key = target.key();
        this.uploadId = uploadId;
    }

    /**
     * Starts a multipart upload; see {@link UploadCreation} for what happens when the
     * request had to be retried.
     */
    static MultipartUpload create(S3Transport transport, UploadTarget target, KeyUploads keyUploads) {
        String uploadId = new UploadCreation(transport, target, keyUploads).create();
        transport.metrics().multipartUploadStarted();
        return new MultipartUpload(transport, target, uploadId);
    }

    UploadTarget target() {
        return this.target;
    }

    CompleteMultipartUpload.Part uploadPart(int partNumber, PartContent content) {
        S3Request.Builder part = this.target.request(UploadStep.PART)
            .query("partNumber", Integer.toString(partNumber))
            .query("uploadId", this.uploadId);
        if (content.checksum() != null) {
            this.partChecksums.put(partNumber, Map.entry(content.checksum(), content.length()));
        }
        S3Request request = this.target.body(part, content).build();
        String etag = this.transport.execute(request, (response) -> ETags.required(response.getHeaders()));
        this.target.progress().partUploaded(content.length());
        return part(partNumber, ETags.quote(etag), content.checksum());
    }

    private CompleteMultipartUpload.Part part(int partNumber, String etag, @Nullable String checksum) {
        ChecksumAlgorithm algorithm = this.target.checksum();
        if (algorithm == null || checksum == null) {
            return new CompleteMultipartUpload.Part(partNumber, etag);
        }
        return switch (algorithm) {
            case CRC32 -> new CompleteMultipartUpload.Part(partNumber, etag, checksum, null, null, null);
            case CRC32C -> new CompleteMultipartUpload.Part(partNumber, etag, null, checksum, null, null);
            case SHA1 -> new CompleteMultipartUpload.Part(partNumber, etag, null, null, checksum, null);
            case SHA256 -> new CompleteMultipartUpload.Part(partNumber, etag, null, null, null, checksum);
        };
    }

    /**
     * Copies a part from another object (UploadPartCopy); an answer without the part's
     * ETag, such as an {@code <Error>} document sent with status 200, is an error.
     * @param source adds the {@code x-amz-copy-source*} headers of the part
     */
    CompleteMultipartUpload.Part copyPart(int partNumber, RequestDecorator source) {
        S3Request request = this.target.request(UploadStep.PART)
            .query("partNumber", Integer.toString(partNumber))
            .query("uploadId", this.uploadId)
            .apply(source)
            .build();
        CopyPartResult result = this.transport.execute(request,
                (response) -> ResponseReaders.readXml(request, response, CopyPartResult.class));
        String etag = ETags.unquote(result.etag());
        if (etag.isBlank()) {
            throw new MinioInvalidResponseException(200,
                    "UploadPartCopy " + partNumber + " of " + this + " answered an empty ETag");
        }
        return new CompleteMultipartUpload.Part(partNumber, ETags.quote(etag));
    }

    ObjectWriteResponse complete(List<CompleteMultipartUpload.Part> parts) {
        S3Request.Builder builder = this.target.request(UploadStep.COMPLETE)
            .query("uploadId", this.uploadId)
            .header(HttpHeaders.CONTENT_TYPE, "application/xml")
            .payload(RequestPayload.of(S3Xml.write(CompleteMultipartUpload.of(parts))));
        this.target.fullObjectChecksum(builder,
                parts.stream().map((part) -> this.partChecksums.get(part.partNumber())).toList());
        S3Request request = builder.build();
        ObjectWriteResponse written = this.transport.execute(request, (response) -> {
            CompleteMultipartUploadResult result = ResponseReaders.readXml(request, response,
                    CompleteMultipartUploadResult.class);
            return new ObjectWriteResponse(this.bucket, this.key, ETags.unquote(result.etag()),
                    response.getHeaders().getFirst("x-amz-version-id"));
        });
        finished();
        return written;
    }

    /**
     * Returns the answer of a completed upload with the ETag of the object: Ceph RGW 16.2
     * answers CompleteMultipartUpload with an empty {@code <ETag>}, and the ETag is then
     * read with a HEAD of the version written (of the key when the bucket is not
     * versioned, where a concurrent writer may have replaced it).
     * @param written the answer of {@link #complete}
     * @return the answer with a non-empty ETag
     */
    ObjectWriteResponse withStoredETag(ObjectWriteResponse written) {
        if (!written.etag().isEmpty()) {
            return written;
        }
        S3Request.Builder head = this.target.request(UploadStep.STAT);
        if (written.versionId() != null) {
            head.query("versionId", written.versionId());
        }
        String etag = this.transport.execute(head.build(), (response) -> ETags.required(response.getHeaders()));
        return new ObjectWriteResponse(this.bucket, this.key, etag, written.versionId());
    }

    void abort() {
        try {
            this.transport.execute(this.target.request(UploadStep.ABORT).query("uploadId", this.uploadId).build());
        }
        finally {
            finished();
        }
    }

    private void finished() {
        if (this.finished.compareAndSet(false, true)) {
            this.transport.metrics().multipartUploadFinished();
        }
    }

    @Override
    public String toString() {
        return "MultipartUpload[" + this.bucket + "/" + this.key + "]";
    }

}
