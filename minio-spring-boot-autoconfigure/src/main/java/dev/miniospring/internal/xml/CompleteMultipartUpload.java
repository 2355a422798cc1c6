package dev.miniospring.internal.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
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
     * One uploaded {@code <Part>}, with the checksum it was uploaded with when the upload
     * has one.
     *
     * @param partNumber the part number, from 1
     * @param etag the ETag the server returned for the part
     * @param checksumCrc32 the part's CRC32, or {@code null}
     * @param checksumCrc32c the part's CRC32C, or {@code null}
     * @param checksumSha1 the part's SHA-1, or {@code null}
     * @param checksumSha256 the part's SHA-256, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(@JacksonXmlProperty(localName = "PartNumber") int partNumber,
            @JacksonXmlProperty(localName = "ETag") String etag,
            @JacksonXmlProperty(localName = "ChecksumCRC32") @Nullable String checksumCrc32,
            @JacksonXmlProperty(localName = "ChecksumCRC32C") @Nullable String checksumCrc32c,
            @JacksonXmlProperty(localName = "ChecksumSHA1") @Nullable String checksumSha1,
            @JacksonXmlProperty(localName = "ChecksumSHA256") @Nullable String checksumSha256) {

        /**
         * Creates a part without a checksum.
         * @param partNumber the part number, from 1
         * @param etag the ETag the server returned for the part
         */
        public Part(int partNumber, String etag) {
            this(partNumber, etag, null, null, null, null);
        }

    }

}
