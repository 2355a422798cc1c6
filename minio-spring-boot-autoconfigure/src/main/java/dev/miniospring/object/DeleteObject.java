package dev.miniospring.object;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An object, or one version of it, to remove with a multi-object delete.
 *
 * @param name the object key
 * @param versionId the version to remove permanently, or {@code null} for the current
 * object (which, in a versioned bucket, adds a delete marker)
 * @since 0.1.0
 */
public record DeleteObject(String name, @Nullable String versionId) {

    public DeleteObject {
        Assert.hasLength(name, "'name' must not be empty");
        VersionIds.validate(versionId, "versionId");
    }

    /**
     * The current object of a key.
     * @param name the object key
     * @return the object to remove
     */
    public static DeleteObject of(String name) {
        return new DeleteObject(name, null);
    }

    /**
     * One version of an object.
     * @param name the object key
     * @param versionId the version id
     * @return the version to remove
     */
    public static DeleteObject version(String name, String versionId) {
        Assert.notNull(versionId, "'versionId' must not be null");
        return new DeleteObject(name, versionId);
    }

}
