package dev.miniospring.object;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry of a version listing: a version of an object, a delete marker, or a common
 * prefix shown as a directory.
 *
 * @param bucket the bucket
 * @param name the object key, or the prefix (ending with the delimiter) of a directory
 * @param versionId the version id ({@code null} as a string for objects written while
 * versioning was off), {@code null} for directories
 * @param isLatest whether this is the current version of the key
 * @param isDeleteMarker whether the entry is a delete marker (no content: the key reads
 * as missing while it is the latest)
 * @param isDir whether the entry is a common prefix rather than a version
 * @param size the size in bytes, {@code 0} for delete markers and directories
 * @param etag the ETag without quotes, {@code null} for delete markers and directories
 * @param lastModified when the version was written, {@code null} for directories
 * @since 0.1.0
 */
public record ObjectVersion(String bucket, String name, @Nullable String versionId, boolean isLatest,
        boolean isDeleteMarker, boolean isDir, long size, @Nullable String etag, @Nullable Instant lastModified) {

    /**
     * Creates the directory entry of a common prefix.
     * @param bucket the bucket
     * @param prefix the prefix
     * @return the entry
     */
    public static ObjectVersion directory(String bucket, String prefix) {
        return new ObjectVersion(bucket, prefix, null, false, false, true, 0, null, null);
    }

}
