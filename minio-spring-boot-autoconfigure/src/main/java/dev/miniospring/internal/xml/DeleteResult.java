package dev.miniospring.internal.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The DeleteObjects response, reduced to its errors; a mutable class so that errors
 * interleaved with {@code <Deleted>} entries are all kept.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "DeleteResult")
public final class DeleteResult {

    private final List<Error> errors = new ArrayList<>();

    /**
     * Returns the keys that could not be deleted.
     * @return the errors, in server order
     */
    public List<Error> errors() {
        return this.errors;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "Error")
    public void setErrors(List<Error> errors) {
        this.errors.addAll(errors);
    }

    /**
     * One {@code <Error>} entry.
     *
     * @param key the key
     * @param code the S3 error code
     * @param message the message
     * @param versionId the version that could not be deleted, when the request named one
     */
    public record Error(@JacksonXmlProperty(localName = "Key") @JsonProperty(required = true) String key,
            @JacksonXmlProperty(localName = "Code") @JsonProperty(required = true) String code,
            @JacksonXmlProperty(localName = "Message") @Nullable String message,
            @JacksonXmlProperty(localName = "VersionId") @Nullable String versionId) {

    }

}
