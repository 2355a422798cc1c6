package dev.miniospring.xml;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The ListParts response, reduced to what sizing an upload needs.
 */
public final class ListPartsResult {

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

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Part")
    void setParts(List<Part> parts) {
        this.parts.addAll(parts);
    }

    /**
     * One {@code <Part>} entry.
     *
     * @param partNumber the part number
     * @param size the size in bytes
     */
    public record Part(@JacksonXmlProperty(localName = "PartNumber") @Nullable Integer partNumber,
            @JacksonXmlProperty(localName = "Size") @Nullable Long size) {

    }

}
