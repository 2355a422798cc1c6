package dev.miniospring.xml;

/**
 * The XML namespace of S3 documents.
 */
public final class S3Namespace {

    /**
     * The namespace URI.
     */
    public static final String URI = "http://s3.amazonaws.com/doc/2006-03-01/";

    private S3Namespace() {
    }

}
