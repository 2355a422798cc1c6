package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

/**
 * Converts between ETags as servers send them (quoted) and as this API reports them (unquoted).
 */
final class ETags {

    private ETags() {
    }

    static String unquote(@Nullable String etag) {
        if (etag == null) {
            return "";
        }
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
                ? value.substring(1, value.length() - 1) : value;
    }

    static String quote(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

}
