package dev.miniospring.object;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An entry of an object listing: an object, or a common prefix shown as a directory.
 *
 * @param bucket the bucket
 * @param name the object key, or the prefix (ending with the delimiter) of a directory
 * @param isDir whether the entry is a common prefix rather than an object
 * @param size the size in bytes, {@code 0} for directories
 * @param etag the ETag without quotes, {@code null} for directories
 * @param lastModified when the object was last modified, {@code null} for directories
 * @param contentType the content type, when the server lists it (MinIO with metadata)
 * @param metadata the user metadata, when the server lists it (MinIO with metadata),
 * otherwise empty
 * @since 0.1.0
 */
public record Item(String bucket, String name, boolean isDir, long size, @Nullable String etag,
        @Nullable Instant lastModified, @Nullable String contentType, Map<String, String> metadata) {

    public Item {
        metadata = Map.copyOf(metadata);
    }

    /**
     * Creates the directory entry of a common prefix.
     * @param bucket the bucket
     * @param prefix the prefix
     * @return the entry
     */
    public static Item directory(String bucket, String prefix) {
        return new Item(bucket, prefix, true, 0, null, null, null, Map.of());
    }

}
