package dev.miniospring.internal.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The DeleteObjects (multi-object delete) request body.
 *
 * @param xmlns the S3 namespace
 * @param quiet whether the server reports errors only
 * @param objects the objects to delete
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "Delete")
public record DeleteRequest(@JacksonXmlProperty(isAttribute = true, localName = "xmlns") String xmlns,
        @JacksonXmlProperty(localName = "Quiet") boolean quiet, @JacksonXmlElementWrapper(
                useWrapping = false) @JacksonXmlProperty(localName = "Object") List<ObjectIdentifier> objects) {

    /**
     * Creates a quiet request for keys.
     * @param keys the keys
     * @return the document
     */
    public static DeleteRequest quiet(List<String> keys) {
        return new DeleteRequest(S3Namespace.URI, true,
                keys.stream().map((key) -> new ObjectIdentifier(key, null)).toList());
    }

    /**
     * Creates a quiet request for objects and versions.
     * @param objects the objects, each with a version id or {@code null}
     * @return the document
     */
    public static DeleteRequest quietVersions(List<ObjectIdentifier> objects) {
        return new DeleteRequest(S3Namespace.URI, true, objects);
    }

    /**
     * One {@code <Object>} to delete.
     *
     * @param key the key
     * @param versionId the version to delete, or {@code null} for the current object
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectIdentifier(@JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") @Nullable String versionId) {

    }

}
