package dev.miniospring.object;

import java.util.Locale;

/**
 * Maps user metadata names to and from the {@code x-amz-meta-*} headers that carry them,
 * for the option types that check the names and the transport that sends and reads them:
 * a name may be given with or without the prefix, in any case.
 *
 * @since 0.1.0
 */
public final class MetadataNames {

    /**
     * The prefix of the headers that carry user metadata.
     */
    public static final String HEADER_PREFIX = "x-amz-meta-";

    private MetadataNames() {
    }

    /**
     * Returns whether a header carries user metadata.
     * @param header the header name
     * @return whether it starts with {@value #HEADER_PREFIX}, in any case
     */
    public static boolean isMetadataHeader(String header) {
        return header.regionMatches(true, 0, HEADER_PREFIX, 0, HEADER_PREFIX.length());
    }

    /**
     * Returns a metadata name without its {@value #HEADER_PREFIX} prefix.
     * @param name the name, with or without the prefix (in any case)
     * @return the name without the prefix, its case kept
     */
    public static String withoutPrefix(String name) {
        return isMetadataHeader(name) ? name.substring(HEADER_PREFIX.length()) : name;
    }

    /**
     * Returns the header that carries a metadata entry.
     * @param name the name, with or without the prefix (in any case)
     * @return the lower-case header name, such as {@code x-amz-meta-owner}
     */
    public static String headerName(String name) {
        return HEADER_PREFIX + withoutPrefix(name).toLowerCase(Locale.ROOT);
    }

}
