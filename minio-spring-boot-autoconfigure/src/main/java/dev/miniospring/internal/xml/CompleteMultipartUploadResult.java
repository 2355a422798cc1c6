package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The CompleteMultipartUpload response.
 *
 * @param location the URL of the object
 * @param bucket the bucket
 * @param key the object key
 * @param etag the ETag of the object
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CompleteMultipartUploadResult")
public record CompleteMultipartUploadResult(@JacksonXmlProperty(localName = "Location") @Nullable String location,
        @JacksonXmlProperty(localName = "Bucket") @Nullable String bucket,
        @JacksonXmlProperty(localName = "Key") @Nullable String key,
        @JacksonXmlProperty(localName = "ETag") @JsonProperty(required = true) String etag) {

}
