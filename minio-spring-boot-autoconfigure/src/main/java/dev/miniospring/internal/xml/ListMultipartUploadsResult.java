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
 * The ListMultipartUploads response; a mutable class so that interleaved entries are all
 * kept.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ListMultipartUploadsResult")
public final class ListMultipartUploadsResult implements RequiredElements {

    @JacksonXmlProperty(localName = "IsTruncated")
    public @Nullable Boolean truncated;

    @JacksonXmlProperty(localName = "EncodingType")
    public @Nullable String encodingType;

    @JacksonXmlProperty(localName = "NextKeyMarker")
    public @Nullable String nextKeyMarker;

    @JacksonXmlProperty(localName = "NextUploadIdMarker")
    public @Nullable String nextUploadIdMarker;

    private final List<Upload> uploads = new ArrayList<>();

    /**
     * Returns the uploads of the page.
     * @return the uploads, in server order
     */
    public List<Upload> uploads() {
        return this.uploads;
    }

    @Override
    public @Nullable String missingElement() {
        return (this.truncated == null) ? "IsTruncated" : null;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Upload")
    public void setUploads(List<Upload> uploads) {
        this.uploads.addAll(uploads);
    }

    /**
     * One {@code <Upload>} entry.
     *
     * @param key the key, URL-encoded when the response's encoding type is {@code url}
     * @param uploadId the upload id
     * @param initiated the start date
     */
    public record Upload(@JacksonXmlProperty(localName = "Key") @JsonProperty(required = true) String key,
            @JacksonXmlProperty(localName = "UploadId") @JsonProperty(required = true) String uploadId,
            @JacksonXmlProperty(localName = "Initiated") @Nullable Instant initiated) {

    }

}
