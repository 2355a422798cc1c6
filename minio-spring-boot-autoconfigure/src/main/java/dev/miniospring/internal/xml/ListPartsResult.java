package dev.miniospring.internal.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The ListParts response, reduced to what sizing an upload needs.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ListPartsResult")
public final class ListPartsResult implements RequiredElements {

    @JacksonXmlProperty(localName = "IsTruncated")
    public @Nullable Boolean truncated;

    @JacksonXmlProperty(localName = "NextPartNumberMarker")
    public @Nullable Integer nextPartNumberMarker;

    private final List<Part> parts = new ArrayList<>();

    /**
     * Returns the parts of the page.
     * @return the parts
     */
    public List<Part> parts() {
        return this.parts;
    }

    @Override
    public @Nullable String missingElement() {
        return (this.truncated == null) ? "IsTruncated" : null;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Part")
    public void setParts(List<Part> parts) {
        this.parts.addAll(parts);
    }

    /**
     * One {@code <Part>} entry.
     *
     * @param partNumber the part number
     * @param size the size in bytes
     */
    public record Part(
            @JacksonXmlProperty(localName = "PartNumber") @JsonProperty(required = true) @Nullable Integer partNumber,
            @JacksonXmlProperty(localName = "Size") @JsonProperty(required = true) @Nullable Long size) {

    }

}
