package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetBucketVersioning response and PutBucketVersioning request; a bucket whose
 * versioning was never enabled answers it without {@code <Status>}.
 *
 * @param xmlns the S3 namespace
 * @param status {@code Enabled}, {@code Suspended}, or {@code null} when versioning was
 * never enabled
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "VersioningConfiguration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersioningConfiguration(
        @JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlProperty(localName = "Status") @Nullable String status) {

    /**
     * Creates the request body for a status.
     * @param status {@code Enabled} or {@code Suspended}
     * @return the document
     */
    public static VersioningConfiguration of(String status) {
        return new VersioningConfiguration(S3Namespace.URI, status);
    }

}
