package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The UploadPartCopy response.
 *
 * @param etag the ETag of the part
 * @param lastModified the ISO-8601 date of the part
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CopyPartResult")
public record CopyPartResult(@JacksonXmlProperty(localName = "ETag") @JsonProperty(required = true) String etag,
        @JacksonXmlProperty(localName = "LastModified") @Nullable String lastModified) {

}
