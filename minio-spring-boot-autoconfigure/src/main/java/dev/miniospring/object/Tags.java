package dev.miniospring.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The tags of an object or a bucket: distinct keys with their values, within S3's limits
 * (at most 10 tags per object and 50 per bucket, keys of 1 to 128 characters, values of
 * at most 256 characters), checked when built.
 *
 * @since 0.1.0
 */
public final class Tags {

    /**
     * The most tags an object may have.
     */
    public static final int MAX_OBJECT_TAGS = 10;

    /**
     * The most tags a bucket may have.
     */
    public static final int MAX_BUCKET_TAGS = 50;

    /**
     * The longest tag key, in characters.
     */
    public static final int MAX_KEY_LENGTH = 128;

    /**
     * The longest tag value, in characters.
     */
    public static final int MAX_VALUE_LENGTH = 256;

    private static final Tags EMPTY = new Tags(Map.of());

    private final Map<String, String> tags;

    private Tags(Map<String, String> tags) {
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * Returns no tags.
     * @return the empty tags
     */
    public static Tags empty() {
        return EMPTY;
    }

    /**
     * Creates the tags of an object.
     * @param tags the keys and values, in the order to send them
     * @return the tags
     * @throws IllegalArgumentException naming {@code tags} when there are more than 10 or
     * a key or value is out of bounds
     */
    public static Tags forObject(Map<String, String> tags) {
        return of(tags, MAX_OBJECT_TAGS, "an object");
    }

    /**
     * Creates the tags of a bucket.
     * @param tags the keys and values, in the order to send them
     * @return the tags
     * @throws IllegalArgumentException naming {@code tags} when there are more than 50 or
     * a key or value is out of bounds
     */
    public static Tags forBucket(Map<String, String> tags) {
        return of(tags, MAX_BUCKET_TAGS, "a bucket");
    }

    private static Tags of(Map<String, String> tags, int limit, String owner) {
        Assert.notNull(tags, "'tags' must not be null");
        Assert.isTrue(tags.size() <= limit,
                () -> "'tags' must hold at most " + limit + " tags for " + owner + " (has " + tags.size() + ")");
        tags.forEach(Tags::validate);
        return new Tags(tags);
    }

    /**
     * Checks one tag against S3's limits.
     * @param key the key
     * @param value the value
     * @throws IllegalArgumentException naming {@code tags} when the key is empty or
     * longer than 128 characters, or the value longer than 256 characters
     */
    public static void validate(@Nullable String key, @Nullable String value) {
        Assert.isTrue(key != null && !key.isEmpty(), "'tags' must not hold a null or empty key");
        Assert.isTrue(value != null, () -> "'tags' must not hold a null value (key '" + key + "')");
        Assert.isTrue(length(key) <= MAX_KEY_LENGTH, () -> "'tags' keys must be at most " + MAX_KEY_LENGTH
                + " characters (key '" + key.substring(0, 16) + "...' has " + length(key) + ")");
        Assert.isTrue(length(value) <= MAX_VALUE_LENGTH, () -> "'tags' values must be at most " + MAX_VALUE_LENGTH
                + " characters (the value of key '" + key + "' has " + length(value) + ")");
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Returns the tags.
     * @return the read-only keys and values, in order
     */
    public Map<String, String> get() {
        return this.tags;
    }

    /**
     * Returns the number of tags.
     * @return the size
     */
    public int size() {
        return this.tags.size();
    }

    /**
     * Tells whether there is no tag.
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return this.tags.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (this == other) || (other instanceof Tags that && this.tags.equals(that.tags));
    }

    @Override
    public int hashCode() {
        return this.tags.hashCode();
    }

    @Override
    public String toString() {
        return "Tags" + this.tags;
    }

}
