package dev.miniospring.internal.upload;

import org.springframework.http.HttpMethod;

/**
 * The requests of an upload, so that an {@link UploadDecorator} can give each the headers
 * that belong to it.
 *
 * @since 0.1.0
 */
public enum UploadStep {

    /**
     * The single PutObject of an upload that fits in one part.
     */
    PUT(HttpMethod.PUT),

    /**
     * CreateMultipartUpload.
     */
    CREATE(HttpMethod.POST),

    /**
     * Each UploadPart.
     */
    PART(HttpMethod.PUT),

    /**
     * CompleteMultipartUpload.
     */
    COMPLETE(HttpMethod.POST),

    /**
     * AbortMultipartUpload.
     */
    ABORT(HttpMethod.DELETE),

    /**
     * HeadObject of the object written, when CompleteMultipartUpload answered an empty
     * ETag (Ceph RGW 16.2).
     */
    STAT(HttpMethod.HEAD);

    private final HttpMethod method;

    UploadStep(HttpMethod method) {
        this.method = method;
    }

    HttpMethod method() {
        return this.method;
    }

    /**
     * Tells whether this request stores the object's attributes (content type, headers,
     * user metadata): the single PUT and CreateMultipartUpload.
     * @return {@code true} for {@link #PUT} and {@link #CREATE}
     */
    public boolean storesAttributes() {
        return this == PUT || this == CREATE;
    }

}
