package dev.miniospring.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.ControlCharacters;
import dev.miniospring.object.CopySource;

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
     * @throws IllegalArgumentException naming {@code length} when it is below -1 or above
     * 5 TiB
     */
    public static void validateLength(long length) {
        Assert.isTrue(length >= -1 && length <= MAX_OBJECT_SIZE,
                () -> "'length' must be -1 (unknown) or 0 to 5 TiB (is " + length + ")");
    }

    /**
     * Checks a bucket name and an object key.
     * @param bucket the bucket name
     * @param key the object key
     * @throws IllegalArgumentException naming {@code bucket} or {@code key}
     */
    public static void validate(String bucket, String key) {
        BucketNames.validate(bucket);
        ObjectKeys.validate(key);
    }

    /**
     * Checks the bucket name and key of the source of a copy.
     * @param source the source
     * @throws IllegalArgumentException naming {@code source}
     */
    public static void validateSource(CopySource source) {
        Assert.notNull(source, "'source' must not be null");
        try {
            validate(source.bucket(), source.key());
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "Invalid 'source' '" + ControlCharacters.escape(source.toString()) + "': " + ex.getMessage(), ex);
        }
    }

    /**
     * Checks the target file of a download before anything is downloaded: it must not be
     * a directory, and its nearest existing parent must be a writable directory (missing
     * parent directories are created later).
     * @param file the target file
     * @throws IllegalArgumentException naming {@code file} when the download could not be
     * written there
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
