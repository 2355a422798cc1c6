package dev.miniospring.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.HeaderFields;
import dev.miniospring.internal.transport.UserMetadata;

import org.springframework.util.Assert;

/**
 * Checks and normalizes the arguments of object operations before any request is sent.
 */
final class ObjectArguments {

    private static final long MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024 * 1024;

    private ObjectArguments() {
    }

    /**
     * Checks an upload length.
     * @param length the number of bytes, or {@code -1} when unknown
     * @throws IllegalArgumentException naming {@code length} when it is below -1 or above 5 TiB
     */
    public static void validateLength(long length) {
        Assert.isTrue(length >= -1 && length <= MAX_OBJECT_SIZE,
                () -> "'length' must be -1 (unknown) or 0 to 5 TiB (is " + length + ")");
    }

    /**
     * Returns the content type to store, {@code application/octet-stream} when none is given.
     * @param contentType the given content type, or {@code null}
     * @return the content type
     * @throws IllegalArgumentException naming {@code contentType} when it is blank or holds a control character
     */
    public static String contentType(@Nullable String contentType) {
        validateContentType(contentType);
        return (contentType != null) ? contentType : "application/octet-stream";
    }

    /**
     * Checks a content type that may be absent.
     * @param contentType the given content type, or {@code null}
     * @throws IllegalArgumentException naming {@code contentType} when it is blank or holds a control character
     */
    public static void validateContentType(@Nullable String contentType) {
        if (contentType != null) {
            Assert.isTrue(!contentType.isBlank(), "'contentType' must not be blank");
            HeaderFields.validateValue(contentType, "'contentType'");
        }
    }

    /**
     * Checks the extra request headers of a download.
     * @param requestHeaders the headers
     * @throws IllegalArgumentException naming {@code requestHeaders} when a name is not an HTTP token or a value is
     * {@code null} or holds a control character
     */
    public static void validateRequestHeaders(Map<String, String> requestHeaders) {
        Assert.notNull(requestHeaders, "'requestHeaders' must not be null");
        requestHeaders.forEach((name, value) -> {
            HeaderFields.validateName(name, "'requestHeaders'");
            HeaderFields.validateValue(value, "'requestHeaders' value of '" + name + "'");
        });
    }

    /**
     * Returns a validated copy of user metadata.
     * @param metadata the given metadata, or {@code null}
     * @return the metadata, empty when none is given
     * @throws IllegalArgumentException naming {@code metadata} when a name or value cannot be sent
     */
    public static Map<String, String> metadata(@Nullable Map<String, String> metadata) {
        Map<String, String> copy = (metadata != null) ? new LinkedHashMap<>(metadata) : Map.of();
        UserMetadata.validate(copy);
        return copy;
    }

    /**
     * Checks the target file of a download before anything is downloaded: it must not be a directory, and its
     * nearest existing parent must be a writable directory (missing parent directories are created later).
     * @param file the target file
     * @throws IllegalArgumentException naming {@code file} when the download could not be written there
     */
    public static void validateDownloadTarget(Path file) {
        Assert.notNull(file, "'file' must not be null");
        Path target = file.toAbsolutePath();
        Assert.isTrue(!Files.isDirectory(target), () -> "'file' " + file + " is a directory");
        Path existing = existingAncestor(target);
        Assert.isTrue(existing != null && Files.isDirectory(existing),
                () -> "'file' " + file + " cannot be created: " + existing + " is not a directory");
        Assert.isTrue(Files.isWritable(existing),
                () -> "'file' " + file + " cannot be created: directory " + existing + " is not writable");
    }

    private static @Nullable Path existingAncestor(Path path) {
        Path ancestor = path.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        return ancestor;
    }

}
