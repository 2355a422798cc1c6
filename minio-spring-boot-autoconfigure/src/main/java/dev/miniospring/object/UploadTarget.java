package dev.miniospring.object;

import java.util.Map;

import dev.miniospring.MinioException;
import dev.miniospring.http.S3Request;

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
 */
record UploadTarget(String bucket, String key, String contentType, Map<String, String> metadata,
        ProgressTracker progress) {

    S3Request.Builder request(HttpMethod method) {
        S3Request.Builder request = S3Request.builder(method)
            .bucket(this.bucket)
            .key(this.key)
            .header(HttpHeaders.CONTENT_TYPE, this.contentType);
        UserMetadata.addHeaders(request, this.metadata);
        return request;
    }

    MinioException shortStream(long read, long length) {
        return new MinioException("'data' for " + this + " ended after " + read + " of its declared " + length
                + " bytes ('length'); nothing was stored", null);
    }

    @Override
    public String toString() {
        return this.bucket + "/" + this.key;
    }

}
