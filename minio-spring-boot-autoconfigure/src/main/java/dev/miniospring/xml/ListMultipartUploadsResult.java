package dev.miniospring.xml;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The ListMultipartUploads response; a mutable class so that interleaved entries are all kept.
 */
public final class ListMultipartUploadsResult {

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

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Upload")
    void setUploads(List<Upload> uploads) {
        this.uploads.addAll(uploads);
    }

    /**
     * One {@code <Upload>} entry.
     *
     * @param key the key, URL-encoded when the response's encoding type is {@code url}
     * @param uploadId the upload id
     * @param initiated the ISO-8601 start date
     */
    public record Upload(@JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "UploadId") String uploadId,
            @JacksonXmlProperty(localName = "Initiated") @Nullable String initiated) {

    }

}
