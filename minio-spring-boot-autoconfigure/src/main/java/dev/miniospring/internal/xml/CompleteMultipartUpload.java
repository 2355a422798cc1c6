package dev.miniospring.internal.xml;

import java.util.List;

import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The CompleteMultipartUpload request body: the uploaded parts in ascending order.
 *
 * @param xmlns the S3 namespace
 * @param parts the parts
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CompleteMultipartUpload")
public record CompleteMultipartUpload(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") String xmlns,
        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Part") List<Part> parts) {

    /**
     * Creates the body for a list of parts.
     * @param parts the parts, in ascending part-number order
     * @return the document
     */
    public static CompleteMultipartUpload of(List<Part> parts) {
        return new CompleteMultipartUpload(S3Namespace.URI, parts);
    }

    /**
     * One uploaded {@code <Part>}.
     *
     * @param partNumber the part number, from 1
     * @param etag the ETag the server returned for the part
     */
    public record Part(@JacksonXmlProperty(localName = "PartNumber") int partNumber,
            @JacksonXmlProperty(localName = "ETag") String etag) {

    }

}
