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
 * The GetBucketLifecycleConfiguration response and PutBucketLifecycleConfiguration
 * request body.
 *
 * @param xmlns the S3 namespace, when written
 * @param rules the required {@code <Rule>} entries
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "LifecycleConfiguration")
public record LifecycleConfigurationDocument(
        @JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Rule") @JsonProperty(
                required = true) List<Rule> rules) {

    /**
     * Creates the request body.
     * @param rules the rules
     * @return the document
     */
    public static LifecycleConfigurationDocument of(List<Rule> rules) {
        return new LifecycleConfigurationDocument(S3Namespace.URI, rules);
    }

    /**
     * One {@code <Rule>}. The actions this client cannot represent (transitions to other
     * storage classes) are read so that their presence can be refused.
     *
     * @param id the {@code <ID>}
     * @param filter the {@code <Filter>}
     * @param prefix the {@code <Prefix>} of rules written without a filter (read only)
     * @param status {@code Enabled} or {@code Disabled}
     * @param expiration the {@code <Expiration>}
     * @param noncurrentVersionExpiration the {@code <NoncurrentVersionExpiration>}
     * @param abortIncompleteUpload the {@code <AbortIncompleteMultipartUpload>}
     * @param transitions the {@code <Transition>} entries (read only)
     * @param noncurrentVersionTransitions the {@code <NoncurrentVersionTransition>}
     * entries (read only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "ID", "Filter", "Prefix", "Status", "Expiration", "NoncurrentVersionExpiration",
            "AbortIncompleteMultipartUpload" })
    public record Rule(@JacksonXmlProperty(localName = "ID") @Nullable String id,
            @JacksonXmlProperty(localName = "Filter") @Nullable Filter filter,
            @JacksonXmlProperty(localName = "Prefix") @Nullable String prefix,
            @JacksonXmlProperty(localName = "Status") @JsonProperty(required = true) String status,
            @JacksonXmlProperty(localName = "Expiration") @Nullable Expiration expiration,
            @JacksonXmlProperty(
                    localName = "NoncurrentVersionExpiration") @Nullable NoncurrentDays noncurrentVersionExpiration,
            @JacksonXmlProperty(
                    localName = "AbortIncompleteMultipartUpload") @Nullable DaysAfterInitiation abortIncompleteUpload,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "Transition") @Nullable List<Object> transitions,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "NoncurrentVersionTransition") @Nullable List<Object> noncurrentVersionTransitions) {

    }

    /**
     * A {@code <Filter>}: a prefix, one tag, or an {@code <And>} of a prefix and tags.
     * Read leniently: Ceph RGW 16 answers a prefix and tags as siblings, without
     * {@code <And>} or with the prefix next to it.
     *
     * @param prefix the {@code <Prefix>}
     * @param tags the {@code <Tag>} entries, one when written
     * @param and the {@code <And>}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "Prefix", "Tag", "And" })
    public record Filter(@JacksonXmlProperty(localName = "Prefix") @Nullable String prefix,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "Tag") @Nullable List<Tagging.Tag> tags,
            @JacksonXmlProperty(localName = "And") @Nullable And and) {

    }

    /**
     * An {@code <And>} of a prefix and tags.
     *
     * @param prefix the {@code <Prefix>}
     * @param tags the {@code <Tag>} entries
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record And(@JacksonXmlProperty(localName = "Prefix") @Nullable String prefix, @JacksonXmlElementWrapper(
            useWrapping = false) @JacksonXmlProperty(localName = "Tag") @Nullable List<Tagging.Tag> tags) {

    }

    /**
     * An {@code <Expiration>}: days, a date, or the expired-object delete marker.
     *
     * @param days the {@code <Days>}
     * @param date the {@code <Date>}, ISO 8601
     * @param expiredObjectDeleteMarker the {@code <ExpiredObjectDeleteMarker>}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "Days", "Date", "ExpiredObjectDeleteMarker" })
    public record Expiration(@JacksonXmlProperty(localName = "Days") @Nullable Integer days,
            @JacksonXmlProperty(localName = "Date") @Nullable String date,
            @JacksonXmlProperty(localName = "ExpiredObjectDeleteMarker") @Nullable Boolean expiredObjectDeleteMarker) {

    }

    /**
     * The content of a {@code <NoncurrentVersionExpiration>}.
     *
     * @param noncurrentDays the required {@code <NoncurrentDays>}
     */
    public record NoncurrentDays(
            @JacksonXmlProperty(localName = "NoncurrentDays") @JsonProperty(required = true) Integer noncurrentDays) {

    }

    /**
     * The content of an {@code <AbortIncompleteMultipartUpload>}.
     *
     * @param daysAfterInitiation the required {@code <DaysAfterInitiation>}
     */
    public record DaysAfterInitiation(@JacksonXmlProperty(localName = "DaysAfterInitiation") @JsonProperty(
            required = true) Integer daysAfterInitiation) {

    }

}
