package dev.miniospring.internal.upload;

import java.util.List;

import dev.miniospring.object.Upload;

/**
 * The incomplete multipart uploads of one key, as the upload engine needs them to remove
 * the uploads that its own retried CreateMultipartUpload requests left behind.
 *
 * @since 0.1.0
 */
public interface KeyUploads {

    /**
     * Lists the incomplete uploads of exactly one key, without their sizes.
     * @param bucket the bucket
     * @param key the key
     * @return the uploads
     */
    List<Upload> uploadsOf(String bucket, String key);

    /**
     * Aborts one upload (AbortMultipartUpload); an upload that has already ended is no
     * error.
     * @param upload the upload
     */
    void abort(Upload upload);

}
