package dev.miniospring.internal.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetBucketCors response and PutBucketCors request body.
 *
 * @param xmlns the S3 namespace, when written
 * @param rules the required {@code <CORSRule>} entries
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CORSConfiguration")
public record CorsConfigurationDocument(
        @JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "CORSRule") @JsonProperty(
                required = true) List<Rule> rules) {

    /**
     * Creates the request body.
     * @param rules the rules
     * @return the document
     */
    public static CorsConfigurationDocument of(List<Rule> rules) {
        return new CorsConfigurationDocument(S3Namespace.URI, rules);
    }

    /**
     * One {@code <CORSRule>}.
     *
     * @param id the {@code <ID>}
     * @param allowedHeaders the {@code <AllowedHeader>} entries
     * @param allowedMethods the required {@code <AllowedMethod>} entries
     * @param allowedOrigins the required {@code <AllowedOrigin>} entries
     * @param exposeHeaders the {@code <ExposeHeader>} entries
     * @param maxAgeSeconds the {@code <MaxAgeSeconds>}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "ID", "AllowedHeader", "AllowedMethod", "AllowedOrigin", "ExposeHeader", "MaxAgeSeconds" })
    public record Rule(@JacksonXmlProperty(localName = "ID") @Nullable String id,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "AllowedHeader") @Nullable List<String> allowedHeaders,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "AllowedMethod") @JsonProperty(required = true) List<String> allowedMethods,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "AllowedOrigin") @JsonProperty(required = true) List<String> allowedOrigins,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "ExposeHeader") @Nullable List<String> exposeHeaders,
            @JacksonXmlProperty(localName = "MaxAgeSeconds") @Nullable Integer maxAgeSeconds) {

    }

}
