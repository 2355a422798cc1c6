package dev.miniospring.internal.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * An S3 {@code <Error>} response body.
 *
 * @param code the error code
 * @param message the message
 * @param resource the resource
 * @param requestId the request id
 * @param hostId the host id
 * @param bucketName the bucket
 * @param key the key
 * @param endpoint the endpoint a redirect points to
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "Error")
public record ErrorDocument(@JacksonXmlProperty(localName = "Code") @JsonProperty(required = true) String code,
        @JacksonXmlProperty(localName = "Message") @Nullable String message,
        @JacksonXmlProperty(localName = "Resource") @Nullable String resource,
        @JacksonXmlProperty(localName = "RequestId") @Nullable String requestId,
        @JacksonXmlProperty(localName = "HostId") @Nullable String hostId,
        @JacksonXmlProperty(localName = "BucketName") @Nullable String bucketName,
        @JacksonXmlProperty(localName = "Key") @Nullable String key,
        @JacksonXmlProperty(localName = "Endpoint") @Nullable String endpoint) {

}
