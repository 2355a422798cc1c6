package dev.miniospring.xml;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The CompleteMultipartUpload response.
 *
 * @param location the URL of the object
 * @param bucket the bucket
 * @param key the object key
 * @param etag the ETag of the object
 */
public record CompleteMultipartUploadResult(@JacksonXmlProperty(localName = "Location") @Nullable String location,
        @JacksonXmlProperty(localName = "Bucket") @Nullable String bucket,
        @JacksonXmlProperty(localName = "Key") @Nullable String key,
        @JacksonXmlProperty(localName = "ETag") @Nullable String etag) {

}
