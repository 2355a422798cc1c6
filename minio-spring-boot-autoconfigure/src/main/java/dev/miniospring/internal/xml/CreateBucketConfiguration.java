package dev.miniospring.internal.xml;

import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The CreateBucket request body that names a location.
 *
 * @param xmlns the S3 namespace
 * @param locationConstraint the region
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "CreateBucketConfiguration")
public record CreateBucketConfiguration(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") String xmlns,
        @JacksonXmlProperty(localName = "LocationConstraint") String locationConstraint) {

    /**
     * Creates the body for a region.
     * @param region the region
     * @return the document
     */
    public static CreateBucketConfiguration forRegion(String region) {
        return new CreateBucketConfiguration(S3Namespace.URI, region);
    }

}
