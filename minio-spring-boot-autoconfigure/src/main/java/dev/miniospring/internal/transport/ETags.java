package dev.miniospring.internal.transport;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Converts between ETags as servers send them (quoted) and as this API reports them
 * (unquoted).
 *
 * @since 0.1.0
 */
public final class ETags {

    private ETags() {
    }

    public static String unquote(@Nullable String etag) {
        if (etag == null) {
            return "";
        }
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * Returns the unquoted ETag header of a successful PutObject or UploadPart, which S3
     * always sends.
     * @param headers the response headers
     * @return the ETag
     * @throws IllegalArgumentException when there is none, which a response reader
     * reports as an invalid response
     */
    public static String required(HttpHeaders headers) {
        String etag = unquote(headers.getETag());
        Assert.isTrue(!etag.isEmpty(), () -> "no ETag header, which S3 sends with every stored object and part"
                + " (Content-Type " + headers.getContentType() + ")");
        return etag;
    }

    public static String quote(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

}
