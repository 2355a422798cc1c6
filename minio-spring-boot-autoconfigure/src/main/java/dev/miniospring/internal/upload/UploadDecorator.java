package dev.miniospring.internal.upload;

import dev.miniospring.internal.transport.S3Request;

/**
 * Adds what the options of an upload ask for to each of its requests: the object's
 * attributes to the single PUT and CreateMultipartUpload, and what every request of the
 * upload must carry (such as an SSE-C key) to each of them.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface UploadDecorator {

    /**
     * Adds to one request of the upload.
     * @param step which request it is
     * @param request the request being built, with its method, bucket and key
     */
    void decorate(UploadStep step, S3Request.Builder request);

}
