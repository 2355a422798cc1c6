package dev.miniospring.internal.upload;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.signing.RequestPayload;

/**
 * Where an upload goes and what it is stored with.
 *
 * <p>
 * The upload's checksum is applied here: CreateMultipartUpload names its algorithm
 * ({@code x-amz-checksum-algorithm}), and the single PUT and each part carry the checksum
 * of their bytes, computed as they are read into the buffer that holds them
 * ({@link PartReader}); with a full-object checksum, CompleteMultipartUpload carries the
 * CRC of the whole object, combined from the parts' CRCs.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param decorator adds what the upload's options ask for to each request
 * @param progress where accepted bytes are reported
 * @param payloadSigning how bodies are protected: {@link PayloadSigning#SIGNED} or
 * {@link PayloadSigning#CHECKSUM}
 * @param checksum the checksum sent with the data, or {@code null} for none
 * @param fullObject whether a multipart upload sends the full-object CRC
 * ({@code x-amz-checksum-type: FULL_OBJECT}) instead of leaving the server a composite
 * checksum
 * @since 0.1.0
 */
public record UploadTarget(String bucket, String key, UploadDecorator decorator, ProgressTracker progress,
        PayloadSigning payloadSigning, @Nullable ChecksumAlgorithm checksum, boolean fullObject) {

    private static final String CHECKSUM_TYPE = "x-amz-checksum-type";

    /**
     * Starts one request of the upload, with what the options ask for on that request.
     */
    S3Request.Builder request(UploadStep step) {
        S3Request.Builder request = S3Request.builder(step.method()).bucket(this.bucket).key(this.key);
        this.decorator.decorate(step, request);
        if (step == UploadStep.CREATE && this.checksum != null) {
            request.header("x-amz-checksum-algorithm", this.checksum.s3Name());
            if (this.fullObject) {
                request.header(CHECKSUM_TYPE, "FULL_OBJECT");
            }
        }
        return request;
    }

    /**
     * Adds the full-object CRC to CompleteMultipartUpload, when the upload sends one.
     * @param parts the parts' CRCs and lengths, in order
     */
    void fullObjectChecksum(S3Request.Builder complete, List<Map.Entry<String, Integer>> parts) {
        if (this.fullObject && this.checksum != null) {
            CrcCombination crc = CrcCombination.of(this.checksum);
            parts.forEach((part) -> crc.append(part.getKey(), part.getValue()));
            complete.header(this.checksum.headerName(), crc.base64()).header(CHECKSUM_TYPE, "FULL_OBJECT");
        }
    }

    /**
     * Sets object data held in a buffer, signed or not as configured, with its checksum
     * header.
     */
    S3Request.Builder body(S3Request.Builder request, PartContent content) {
        request.objectData(true);
        if (content.checksum() != null && this.checksum != null) {
            request.header(this.checksum.headerName(), content.checksum());
        }
        return request.payload((this.payloadSigning == PayloadSigning.SIGNED)
                ? RequestPayload.of(content.buffer(), 0, content.length())
                : RequestPayload.unsignedOf(content.buffer(), 0, content.length()));
    }

    public MinioException shortStream(long read, long length) {
        return new MinioException("'data' for " + this + " ended after " + read + " of its declared " + length
                + " bytes ('length'); nothing was stored", null);
    }

    @Override
    public String toString() {
        return this.bucket + "/" + this.key;
    }

}
