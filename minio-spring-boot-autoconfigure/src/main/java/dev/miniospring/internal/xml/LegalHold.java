package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetObjectLegalHold response and PutObjectLegalHold request.
 *
 * @param xmlns the S3 namespace
 * @param status {@code ON} or {@code OFF}
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "LegalHold")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHold(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlProperty(localName = "Status") @JsonProperty(required = true) String status) {

    /**
     * The status of a version under legal hold.
     */
    public static final String ON = "ON";

    /**
     * The status of a version without legal hold.
     */
    public static final String OFF = "OFF";

    /**
     * Creates the request body.
     * @param on whether the legal hold is on
     * @return the document
     */
    public static LegalHold of(boolean on) {
        return new LegalHold(S3Namespace.URI, on ? ON : OFF);
    }

}
