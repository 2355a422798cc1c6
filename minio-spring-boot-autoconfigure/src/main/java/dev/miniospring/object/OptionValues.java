package dev.miniospring.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.HeaderFields;

import org.springframework.util.Assert;

/**
 * Checks and copies the values of option types when they are built.
 */
final class OptionValues {

    private OptionValues() {
    }

    static Map<String, String> headers(Map<String, String> headers, String name) {
        Assert.notNull(headers, () -> "'" + name + "' must not be null");
        headers.forEach((header, value) -> {
            HeaderFields.validateName(header, "'" + name + "'");
            HeaderFields.validateValue(value, "'" + name + "' value of '" + header + "'");
        });
        return copy(headers);
    }

    static Map<String, String> metadata(Map<String, String> metadata) {
        Assert.notNull(metadata, "'metadata' must not be null");
        metadata.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("'metadata' must not contain null names or values");
            }
            HeaderFields.validateName(MetadataNames.withoutPrefix(name), "'metadata'");
        });
        return copy(metadata);
    }

    static @Nullable String versionId(@Nullable String versionId) {
        return VersionIds.validate(versionId, "versionId");
    }

    static @Nullable String contentType(@Nullable String contentType) {
        if (contentType != null) {
            Assert.isTrue(!contentType.isBlank(), "'contentType' must not be blank");
            HeaderFields.validateValue(contentType, "'contentType'");
        }
        return contentType;
    }

    static Map<String, String> with(Map<String, String> map, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }

    static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

}
