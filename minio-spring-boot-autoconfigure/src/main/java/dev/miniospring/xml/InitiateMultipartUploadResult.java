package dev.miniospring.xml;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The CreateMultipartUpload response.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param uploadId the id of the new upload
 */
public record InitiateMultipartUploadResult(@JacksonXmlProperty(localName = "Bucket") @Nullable String bucket,
        @JacksonXmlProperty(localName = "Key") @Nullable String key,
        @JacksonXmlProperty(localName = "UploadId") @Nullable String uploadId) {

}
