package dev.miniospring.internal.upload;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.signing.RequestPayload;


/**
 * Where an upload goes and what it is stored with.
 *
 * <p>The upload's checksum is applied here: CreateMultipartUpload names its algorithm
 * ({@code x-amz-checksum-algorithm}), and the single PUT and each part carry the checksum of their bytes, computed in
 * the buffer that holds them.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param decorator adds what the upload's options ask for to each request
 * @param progress where accepted bytes are reported
 * @param payloadSigning how bodies are protected: {@link PayloadSigning#SIGNED} or {@link PayloadSigning#CHECKSUM}
 * @param checksum the checksum sent with the data, or {@code null} for none
 */
public record UploadTarget(String bucket, String key, UploadDecorator decorator, ProgressTracker progress,
        PayloadSigning payloadSigning, @Nullable ChecksumAlgorithm checksum) {

    /**
     * Starts one request of the upload, with what the options ask for on that request.
     */
    S3Request.Builder request(UploadStep step) {
        S3Request.Builder request = S3Request.builder(step.method()).bucket(this.bucket).key(this.key);
        this.decorator.decorate(step, request);
        if (step == UploadStep.CREATE && this.checksum != null) {
            request.header("x-amz-checksum-algorithm", this.checksum.s3Name());
        }
        return request;
    }

    /**
     * Computes the checksum of the bytes of a buffer.
     * @return the Base64 checksum, or {@code null} when the upload sends none
     */
    @Nullable String checksumOf(byte[] buffer, int length) {
        return (this.checksum != null) ? ChecksumDigest.base64(this.checksum, buffer, 0, length) : null;
    }

    /**
     * Sets object data held in a buffer, signed or not as configured, with its checksum header.
     * @param checksum the checksum of the data ({@link #checksumOf}), or {@code null} for none
     */
    S3Request.Builder body(S3Request.Builder request, byte[] buffer, int length, @Nullable String checksum) {
        request.objectData(true);
        if (checksum != null && this.checksum != null) {
            request.header(this.checksum.headerName(), checksum);
        }
        return request.payload((this.payloadSigning == PayloadSigning.SIGNED) ? RequestPayload.of(buffer, 0, length)
                : RequestPayload.unsignedOf(buffer, 0, length));
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
