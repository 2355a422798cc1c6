package dev.miniospring.internal.upload;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32C;

import dev.miniospring.MinioException;
import dev.miniospring.http.PayloadSigning;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.UserMetadata;
import dev.miniospring.object.ProgressTracker;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Where an upload goes and what it is stored with.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param contentType the content type
 * @param metadata the user metadata
 * @param progress where accepted bytes are reported
 * @param payloadSigning how bodies are protected
 */
public record UploadTarget(String bucket, String key, String contentType, Map<String, String> metadata,
        ProgressTracker progress, PayloadSigning payloadSigning) {

    public S3Request.Builder request(HttpMethod method) {
        S3Request.Builder request = S3Request.builder(method)
            .bucket(this.bucket)
            .key(this.key)
            .header(HttpHeaders.CONTENT_TYPE, this.contentType);
        UserMetadata.addHeaders(request, this.metadata);
        return request;
    }

    /**
     * Sets a body held in a buffer, signed or with a CRC32C checksum header as configured.
     */
    public S3Request.Builder body(S3Request.Builder request, byte[] buffer, int length) {
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
