package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetObjectLockConfiguration response and PutObjectLockConfiguration request.
 *
 * @param xmlns the S3 namespace
 * @param objectLockEnabled {@code Enabled}
 * @param rule the default retention rule, or {@code null} when there is none
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ObjectLockConfiguration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectLockConfigurationDocument(
        @JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlProperty(localName = "ObjectLockEnabled") @JsonProperty(required = true) String objectLockEnabled,
        @JacksonXmlProperty(localName = "Rule") @Nullable Rule rule) {

    /**
     * The value of {@code <ObjectLockEnabled>}.
     */
    public static final String ENABLED = "Enabled";

    /**
     * Creates the request body.
     * @param rule the default retention rule, or {@code null} for none
     * @return the document
     */
    public static ObjectLockConfigurationDocument of(@Nullable Rule rule) {
        return new ObjectLockConfigurationDocument(S3Namespace.URI, ENABLED, rule);
    }

    /**
     * The {@code <Rule>} element.
     *
     * @param defaultRetention the default retention
     */
    public record Rule(@JacksonXmlProperty(localName = "DefaultRetention") @JsonProperty(
            required = true) DefaultRetention defaultRetention) {

    }

    /**
     * The {@code <DefaultRetention>} element: a mode and either days or years.
     *
     * @param mode {@code GOVERNANCE} or {@code COMPLIANCE}
     * @param days the period in days, or {@code null}
     * @param years the period in years, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DefaultRetention(@JacksonXmlProperty(localName = "Mode") @JsonProperty(required = true) String mode,
            @JacksonXmlProperty(localName = "Days") @Nullable Integer days,
            @JacksonXmlProperty(localName = "Years") @Nullable Integer years) {

    }

}
