package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The CreateMultipartUpload response.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param uploadId the id of the new upload
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "InitiateMultipartUploadResult")
public record InitiateMultipartUploadResult(@JacksonXmlProperty(localName = "Bucket") @Nullable String bucket,
        @JacksonXmlProperty(localName = "Key") @Nullable String key,
        @JacksonXmlProperty(localName = "UploadId") @JsonProperty(required = true) String uploadId) {

}
