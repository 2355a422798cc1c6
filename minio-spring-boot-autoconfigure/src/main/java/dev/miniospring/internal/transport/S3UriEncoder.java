package dev.miniospring.internal.transport;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding the way AWS Signature Version 4 expects it: RFC 3986 unreserved
 * characters kept, everything else encoded as upper-case {@code %XX} of its UTF-8 bytes.
 *
 * @since 0.1.0
 */
public final class S3UriEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private S3UriEncoder() {
    }

    /**
     * Encodes a query parameter name or value, or a single path segment.
     * @param value the raw value
     * @return the encoded value
     */
    public static String encode(String value) {
        return encode(value, false);
    }

    /**
     * Encodes an object key for the URL path, keeping {@code /} as segment separator.
     * @param key the raw key
     * @return the encoded key
     */
    public static String encodePath(String key) {
        return encode(key, true);
    }

    private static String encode(String value, boolean keepSlash) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~';
    }

}
