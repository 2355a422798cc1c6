package dev.miniospring.bucket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The objects a lifecycle rule applies to: those whose key starts with a prefix and that
 * carry all of some tags. Sent as a {@code <Prefix>}, a single {@code <Tag>}, or an
 * {@code <And>} of both.
 *
 * @param prefix the key prefix, empty for all keys
 * @param tags the tags an object must carry, empty for none
 * @since 0.1.0
 */
public record LifecycleFilter(String prefix, Map<String, String> tags) {

    /**
     * Creates a filter; {@code null} becomes an empty prefix or no tags.
     * @param prefix the key prefix
     * @param tags the tags, in order
     */
    public LifecycleFilter(@Nullable String prefix, @Nullable Map<String, String> tags) {
        this.prefix = (prefix != null) ? prefix : "";
        this.tags = (tags != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(tags)) : Map.of();
    }

    /**
     * Returns the filter of every object in the bucket.
     * @return the filter
     */
    public static LifecycleFilter all() {
        return new LifecycleFilter("", null);
    }

    /**
     * Returns the filter of the keys starting with a prefix.
     * @param prefix the prefix
     * @return the filter
     */
    public static LifecycleFilter prefix(String prefix) {
        return new LifecycleFilter(prefix, null);
    }

    /**
     * Returns the filter of the objects carrying a tag.
     * @param key the tag key
     * @param value the tag value
     * @return the filter
     */
    public static LifecycleFilter tag(String key, String value) {
        return new LifecycleFilter("", Map.of(key, value));
    }

    /**
     * Returns the filter of the objects under a prefix that carry all of some tags.
     * @param prefix the prefix, empty for all keys
     * @param tags the tags
     * @return the filter
     */
    public static LifecycleFilter and(String prefix, Map<String, String> tags) {
        return new LifecycleFilter(prefix, tags);
    }

}
