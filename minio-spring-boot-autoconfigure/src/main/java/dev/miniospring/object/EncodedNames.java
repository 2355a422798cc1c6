package dev.miniospring.object;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the names of listing responses requested with {@code encoding-type=url}, where S3 encodes like an HTML form
 * ({@code +} for a space, {@code %2B} for a plus).
 */
final class EncodedNames {

    static final String URL = "url";

    private EncodedNames() {
    }

    static String decode(String value, @Nullable String encodingType) {
        return URL.equalsIgnoreCase(encodingType) ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value;
    }

    static @Nullable String decodeNullable(@Nullable String value, @Nullable String encodingType) {
        return (value != null) ? decode(value, encodingType) : null;
    }

}
