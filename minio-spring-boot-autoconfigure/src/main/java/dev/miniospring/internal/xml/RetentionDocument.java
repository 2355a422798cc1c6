package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetObjectRetention response and PutObjectRetention request.
 *
 * @param xmlns the S3 namespace
 * @param mode {@code GOVERNANCE} or {@code COMPLIANCE}
 * @param retainUntilDate the ISO 8601 date until which the version is protected
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "Retention")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RetentionDocument(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlProperty(localName = "Mode") @JsonProperty(required = true) String mode,
        @JacksonXmlProperty(localName = "RetainUntilDate") @JsonProperty(required = true) String retainUntilDate) {

    /**
     * Creates the request body.
     * @param mode the mode
     * @param retainUntilDate the ISO 8601 date
     * @return the document
     */
    public static RetentionDocument of(String mode, String retainUntilDate) {
        return new RetentionDocument(S3Namespace.URI, mode, retainUntilDate);
    }

}
