package dev.miniospring.internal.xml;

import org.jspecify.annotations.Nullable;

/**
 * A document with required elements that Jackson cannot check itself (fields of mutable
 * classes); required elements of records are declared with
 * {@code @JsonProperty(required = true)}.
 */
interface RequiredElements {

    /**
     * Returns a required element the document lacks.
     * @return the element name, or {@code null} when the document is complete
     */
    @Nullable String missingElement();

}
