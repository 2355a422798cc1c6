package dev.miniospring.internal.xml;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The ListBuckets response.
 *
 * @param buckets the buckets element
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ListAllMyBucketsResult")
public record ListAllMyBucketsResult(@JacksonXmlProperty(localName = "Buckets") @Nullable Buckets buckets) {

    /**
     * Returns the listed buckets.
     * @return the buckets, empty when there are none
     */
    public List<Entry> entries() {
        return (this.buckets != null && this.buckets.bucket() != null) ? this.buckets.bucket() : List.of();
    }

    /**
     * The {@code <Buckets>} element.
     *
     * @param bucket the bucket entries
     */
    public record Buckets(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
            localName = "Bucket") @Nullable List<Entry> bucket) {

    }

    /**
     * One {@code <Bucket>}.
     *
     * @param name the name
     * @param creationDate the creation date
     */
    public record Entry(@JacksonXmlProperty(localName = "Name") @JsonProperty(required = true) String name,
            @JacksonXmlProperty(localName = "CreationDate") @Nullable Instant creationDate) {

    }

}
