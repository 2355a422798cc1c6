package dev.miniospring.internal.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The ListObjectVersions response; a mutable class so that interleaved {@code <Version>}
 * and {@code <DeleteMarker>} entries are all kept, in server order.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ListVersionsResult")
public final class ListVersionsResult implements RequiredElements {

    @JacksonXmlProperty(localName = "IsTruncated")
    public @Nullable Boolean truncated;

    @JacksonXmlProperty(localName = "EncodingType")
    public @Nullable String encodingType;

    @JacksonXmlProperty(localName = "NextKeyMarker")
    public @Nullable String nextKeyMarker;

    @JacksonXmlProperty(localName = "NextVersionIdMarker")
    public @Nullable String nextVersionIdMarker;

    private final List<Entry> entries = new ArrayList<>();

    private final List<ListBucketResult.CommonPrefix> commonPrefixes = new ArrayList<>();

    /**
     * Returns the versions and delete markers of the page.
     * @return the entries, in server order
     */
    public List<Entry> entries() {
        return this.entries;
    }

    /**
     * Returns the common prefixes of the page.
     * @return the prefixes, in server order
     */
    public List<ListBucketResult.CommonPrefix> commonPrefixes() {
        return this.commonPrefixes;
    }

    @Override
    public @Nullable String missingElement() {
        return (this.truncated == null) ? "IsTruncated" : null;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Version")
    public void setVersions(List<Version> versions) {
        versions.forEach((version) -> this.entries.add(new Entry(version, false)));
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "DeleteMarker")
    public void setDeleteMarkers(List<Version> markers) {
        markers.forEach((marker) -> this.entries.add(new Entry(marker, true)));
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "CommonPrefixes")
    public void setCommonPrefixes(List<ListBucketResult.CommonPrefix> commonPrefixes) {
        this.commonPrefixes.addAll(commonPrefixes);
    }

    /**
     * A {@code <Version>} or {@code <DeleteMarker>} of the listing.
     *
     * @param version the entry
     * @param deleteMarker whether it is a {@code <DeleteMarker>}
     */
    public record Entry(Version version, boolean deleteMarker) {

    }

    /**
     * The elements of one {@code <Version>} or {@code <DeleteMarker>} entry (a delete
     * marker has no ETag or size).
     *
     * @param key the key, URL-encoded when the response's encoding type is {@code url}
     * @param versionId the version id
     * @param isLatest whether it is the current version of the key
     * @param lastModified the modification date
     * @param etag the ETag, usually quoted
     * @param size the size in bytes
     */
    public record Version(@JacksonXmlProperty(localName = "Key") @JsonProperty(required = true) String key,
            @JacksonXmlProperty(localName = "VersionId") @JsonProperty(required = true) String versionId,
            @JacksonXmlProperty(localName = "IsLatest") @JsonProperty(required = true) Boolean isLatest,
            @JacksonXmlProperty(localName = "LastModified") @Nullable Instant lastModified,
            @JacksonXmlProperty(localName = "ETag") @Nullable String etag,
            @JacksonXmlProperty(localName = "Size") @Nullable Long size) {

    }

}
