package dev.miniospring.internal.xml;

import org.jspecify.annotations.Nullable;

/**
 * The XML namespace of S3 documents.
 *
 * @since 0.1.0
 */
public final class S3Namespace {

    /**
     * The namespace URI.
     */
    public static final String URI = "http://s3.amazonaws.com/doc/2006-03-01/";

    /**
     * The namespace some S3-compatible servers (Google Cloud Storage) use instead.
     */
    static final String ALTERNATIVE_URI = "http://doc.s3.amazonaws.com/2006-03-01";

    private S3Namespace() {
    }

    /**
     * Tells whether an element of a response is in a namespace S3 documents use: S3's, or
     * none.
     * @param namespace the namespace URI of the element, or {@code null} or empty for
     * none
     * @return {@code true} when the namespace is acceptable
     */
    static boolean isS3OrNone(@Nullable String namespace) {
        return namespace == null || namespace.isEmpty() || URI.equals(namespace) || ALTERNATIVE_URI.equals(namespace);
    }

}
