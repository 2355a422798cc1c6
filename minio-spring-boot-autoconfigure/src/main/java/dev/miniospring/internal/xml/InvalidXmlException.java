package dev.miniospring.internal.xml;

import java.io.IOException;

/**
 * A response body is not the S3 document it should be: malformed XML, another root
 * element, or a required element missing.
 *
 * @since 0.1.0
 */
public class InvalidXmlException extends IOException {

    /**
     * Creates an exception.
     * @param type the document type that was expected
     * @param problem what is wrong with the content
     */
    public InvalidXmlException(Class<?> type, String problem) {
        super("not a valid " + type.getSimpleName() + " document: " + problem);
    }

}
