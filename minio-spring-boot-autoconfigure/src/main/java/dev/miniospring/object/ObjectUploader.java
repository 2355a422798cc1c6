package dev.miniospring.object;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import dev.miniospring.MinioException;
import dev.miniospring.http.S3Request;
import dev.miniospring.http.S3Transport;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Uploads a stream as one PUT when it fits in a part, and as a parallel multipart upload otherwise.
 */
final class ObjectUploader {

    static final int MAX_PARTS = 10_000;

    private static final long MIB = 1024 * 1024;

    private final S3Transport transport;

    private final UploadSettings settings;

    ObjectUploader(S3Transport transport, UploadSettings settings) {
        this.transport = transport;
        this.settings = settings;
    }

    ObjectWriteResponse upload(String bucket, String key, InputStream data, long length, String contentType,
            Map<String, String> metadata) {
        long partSize = partSize(length);
        if (length >= 0 && length <= partSize) {
            byte[] content = new byte[(int) length];
            int read = readPart(data, content, content.length, bucket, key);
            if (read < length) {
                throw shortStream(bucket, key, read, length);
            }
            return putSingle(bucket, key, content, read, contentType, metadata);
        }
        PartBufferPool pool = new PartBufferPool((int) partSize, this.settings.concurrency() + 1);
        byte[] first = take(pool);
        int read = readPart(data, first, first.length, bucket, key);
        if (length < 0 && read < first.length) {
            return putSingle(bucket, key, first, read, contentType, metadata);
        }
        if (read < first.length) {
            throw shortStream(bucket, key, read, length);
        }
        MultipartUpload upload = MultipartUpload.create(this.transport, bucket, key, contentType, metadata);
        return new ParallelPartUploader(upload, pool, this.settings.concurrency()).upload(data, length, first, read);
    }

    long partSize(long length) {
        if (length < 0) {
            return this.settings.partSize();
        }
        long minimum = ((length + MAX_PARTS - 1) / MAX_PARTS + MIB - 1) / MIB * MIB;
        return Math.max(this.settings.partSize(), minimum);
    }

    private ObjectWriteResponse putSingle(String bucket, String key, byte[] content, int length, String contentType,
            Map<String, String> metadata) {
        S3Request.Builder request = S3Request.builder(HttpMethod.PUT)
            .bucket(bucket)
            .key(key)
            .header(HttpHeaders.CONTENT_TYPE, contentType)
            .payload(RequestPayload.of(content, 0, length));
        UserMetadata.addHeaders(request, metadata);
        HttpHeaders headers = this.transport.execute(request.build());
        return new ObjectWriteResponse(bucket, key, ETags.unquote(headers.getETag()),
                headers.getFirst("x-amz-version-id"));
    }

    static int readPart(InputStream data, byte[] buffer, int length, String bucket, String key) {
        try {
            return data.readNBytes(buffer, 0, length);
        }
        catch (IOException ex) {
            throw new MinioException("Could not read the data to upload to " + bucket + "/" + key + ": "
                    + ex.getMessage(), ex);
        }
    }

    static MinioException shortStream(String bucket, String key, long read, long length) {
        return new MinioException("The data to upload to " + bucket + "/" + key + " ended after " + read
                + " of its declared " + length + " bytes; nothing was stored", null);
    }

    private static byte[] take(PartBufferPool pool) {
        try {
            return pool.take();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MinioException("Interrupted while waiting for an upload buffer", ex);
        }
    }

}
