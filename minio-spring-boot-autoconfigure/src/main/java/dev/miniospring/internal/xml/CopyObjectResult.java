package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The CopyObject response.
 *
 * @param etag the ETag of the new object
 * @param lastModified the ISO-8601 modification date of the new object
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CopyObjectResult")
public record CopyObjectResult(@JacksonXmlProperty(localName = "ETag") @JsonProperty(required = true) String etag,
        @JacksonXmlProperty(localName = "LastModified") @Nullable String lastModified) {

}
