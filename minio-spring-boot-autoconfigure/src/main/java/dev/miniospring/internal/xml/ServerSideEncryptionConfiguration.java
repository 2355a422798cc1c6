package dev.miniospring.internal.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetBucketEncryption response and PutBucketEncryption request body.
 *
 * @param xmlns the S3 namespace, when written
 * @param rules the required {@code <Rule>} entries
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "ServerSideEncryptionConfiguration")
public record ServerSideEncryptionConfiguration(
        @JacksonXmlProperty(isAttribute = true, localName = "xmlns") @Nullable String xmlns,
        @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "Rule") @JsonProperty(
                required = true) List<Rule> rules) {

    /**
     * Creates the request body of one default.
     * @param algorithm {@code AES256} or {@code aws:kms}
     * @param kmsMasterKeyId the KMS key id, or {@code null}
     * @return the document
     */
    public static ServerSideEncryptionConfiguration of(String algorithm, @Nullable String kmsMasterKeyId) {
        return new ServerSideEncryptionConfiguration(S3Namespace.URI,
                List.of(new Rule(new ApplyServerSideEncryptionByDefault(algorithm, kmsMasterKeyId))));
    }

    /**
     * One {@code <Rule>}.
     *
     * @param byDefault the required {@code <ApplyServerSideEncryptionByDefault>}
     */
    public record Rule(@JacksonXmlProperty(localName = "ApplyServerSideEncryptionByDefault") @JsonProperty(
            required = true) ApplyServerSideEncryptionByDefault byDefault) {

    }

    /**
     * An {@code <ApplyServerSideEncryptionByDefault>}.
     *
     * @param algorithm the required {@code <SSEAlgorithm>}
     * @param kmsMasterKeyId the {@code <KMSMasterKeyID>}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "SSEAlgorithm", "KMSMasterKeyID" })
    public record ApplyServerSideEncryptionByDefault(
            @JacksonXmlProperty(localName = "SSEAlgorithm") @JsonProperty(required = true) String algorithm,
            @JacksonXmlProperty(localName = "KMSMasterKeyID") @Nullable String kmsMasterKeyId) {

    }

}
