package dev.miniospring.xml;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The CopyObject response.
 *
 * @param etag the ETag of the new object
 * @param lastModified the ISO-8601 modification date of the new object
 */
public record CopyObjectResult(@JacksonXmlProperty(localName = "ETag") @Nullable String etag,
        @JacksonXmlProperty(localName = "LastModified") @Nullable String lastModified) {

}
