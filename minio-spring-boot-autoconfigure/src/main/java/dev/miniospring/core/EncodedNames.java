package dev.miniospring.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioInvalidResponseException;

/**
 * Decodes the names of listing responses requested with {@code encoding-type=url}, where
 * S3 encodes like an HTML form ({@code +} for a space, {@code %2B} for a plus); a name
 * that is not validly encoded is an invalid response.
 */
final class EncodedNames {

    static final String URL = "url";

    private EncodedNames() {
    }

    static String decode(String value, @Nullable String encodingType) {
        if (!URL.equalsIgnoreCase(encodingType)) {
            return value;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw new MinioInvalidResponseException(200,
                    "Invalid url-encoded name '" + value + "' in a listing response: " + ex.getMessage(), ex);
        }
    }

    static @Nullable String decodeNullable(@Nullable String value, @Nullable String encodingType) {
        return (value != null) ? decode(value, encodingType) : null;
    }

}
