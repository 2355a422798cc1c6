package dev.miniospring.internal.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetObjectTagging and GetBucketTagging response, and the PutObjectTagging and
 * PutBucketTagging request body.
 *
 * @param xmlns the S3 namespace, when written
 * @param tagSet the required {@code <TagSet>}; {@code null} when it is an empty element
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "Tagging")
public record Tagging(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlProperty(localName = "TagSet") @JsonProperty(required = true) @Nullable TagSet tagSet) {

    /**
     * Creates the request body for tags.
     * @param tags the tags, in order
     * @return the document
     */
    public static Tagging of(List<Tag> tags) {
        return new Tagging(S3Namespace.URI, new TagSet(tags));
    }

    /**
     * Returns the tags.
     * @return the {@code <Tag>} entries, empty when there are none
     */
    public List<Tag> tags() {
        return (this.tagSet != null && this.tagSet.tags() != null) ? this.tagSet.tags() : List.of();
    }

    /**
     * The {@code <TagSet>} element.
     *
     * @param tags the {@code <Tag>} entries
     */
    public record TagSet(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
            localName = "Tag") @Nullable List<Tag> tags) {

    }

    /**
     * One {@code <Tag>}.
     *
     * @param key the key
     * @param value the value, possibly empty
     */
    public record Tag(@JacksonXmlProperty(localName = "Key") @JsonProperty(required = true) String key,
            @JacksonXmlProperty(localName = "Value") @JsonProperty(required = true) String value) {

    }

}
