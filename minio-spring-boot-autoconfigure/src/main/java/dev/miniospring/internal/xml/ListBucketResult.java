package dev.miniospring.internal.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The ListObjects (v1) and ListObjectsV2 response; a mutable class so that interleaved
 * entries are all kept.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ListBucketResult")
public final class ListBucketResult implements RequiredElements {

    @JacksonXmlProperty(localName = "IsTruncated")
    public @Nullable Boolean truncated;

    @JacksonXmlProperty(localName = "EncodingType")
    public @Nullable String encodingType;

    @JacksonXmlProperty(localName = "NextMarker")
    public @Nullable String nextMarker;

    @JacksonXmlProperty(localName = "NextContinuationToken")
    public @Nullable String nextContinuationToken;

    private final List<Contents> contents = new ArrayList<>();

    private final List<CommonPrefix> commonPrefixes = new ArrayList<>();

    /**
     * Returns the objects of the page.
     * @return the objects, in server order
     */
    public List<Contents> contents() {
        return this.contents;
    }

    /**
     * Returns the common prefixes of the page.
     * @return the prefixes, in server order
     */
    public List<CommonPrefix> commonPrefixes() {
        return this.commonPrefixes;
    }

    @Override
    public @Nullable String missingElement() {
        return (this.truncated == null) ? "IsTruncated" : null;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Contents")
    public void setContents(List<Contents> contents) {
        this.contents.addAll(contents);
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "CommonPrefixes")
    public void setCommonPrefixes(List<CommonPrefix> commonPrefixes) {
        this.commonPrefixes.addAll(commonPrefixes);
    }

    /**
     * One {@code <Contents>} entry.
     *
     * @param key the key, URL-encoded when the response's encoding type is {@code url}
     * @param lastModified the modification date
     * @param etag the ETag, usually quoted
     * @param size the size in bytes
     * @param userMetadata the MinIO {@code UserMetadata} extension, when requested
     */
    public record Contents(@JacksonXmlProperty(localName = "Key") @JsonProperty(required = true) String key,
            @JacksonXmlProperty(localName = "LastModified") @Nullable Instant lastModified,
            @JacksonXmlProperty(localName = "ETag") @Nullable String etag,
            @JacksonXmlProperty(localName = "Size") @Nullable Long size,
            @JacksonXmlProperty(localName = "UserMetadata") @Nullable Map<String, String> userMetadata) {

    }

    /**
     * One {@code <CommonPrefixes>} entry.
     *
     * @param prefix the prefix, URL-encoded when the response's encoding type is
     * {@code url}
     */
    public record CommonPrefix(@JacksonXmlProperty(localName = "Prefix") @JsonProperty(required = true) String prefix) {

    }

}
