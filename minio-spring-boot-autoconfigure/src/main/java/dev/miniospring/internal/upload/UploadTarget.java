package dev.miniospring.internal.upload;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32C;

import dev.miniospring.MinioException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.signing.RequestPayload;


/**
 * Where an upload goes and what it is stored with.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param decorator adds what the upload's options ask for to each request
 * @param progress where accepted bytes are reported
 * @param payloadSigning how bodies are protected
 * @since 0.1.0
 */
public record UploadTarget(String bucket, String key, UploadDecorator decorator, ProgressTracker progress,
        PayloadSigning payloadSigning) {

    /**
     * Starts one request of the upload, with what the options ask for on that request.
     */
    S3Request.Builder request(UploadStep step) {
        S3Request.Builder request = S3Request.builder(step.method()).bucket(this.bucket).key(this.key);
        this.decorator.decorate(step, request);
        return request;
    }

    /**
     * Sets object data held in a buffer, signed or with a CRC32C checksum header as configured.
     */
    S3Request.Builder body(S3Request.Builder request, byte[] buffer, int length) {
        request.objectData(true);
        if (this.payloadSigning == PayloadSigning.SIGNED) {
            return request.payload(RequestPayload.of(buffer, 0, length));
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer, 0, length);
        byte[] checksum = ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).array();
        return request.payload(RequestPayload.unsignedOf(buffer, 0, length))
            .header("x-amz-checksum-crc32c", Base64.getEncoder().encodeToString(checksum));
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
