package dev.miniospring.object;

/**
 * What a copy stores as the content type and user metadata of the new object.
 *
 * @since 0.1.0
 */
public enum MetadataDirective {

    /**
     * The source's content type and user metadata.
     */
    COPY,

    /**
     * The content type and user metadata of the copy's options.
     */
    REPLACE

}
