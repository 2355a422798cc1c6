package dev.miniospring.core;

import dev.miniospring.internal.transport.ControlCharacters;

import org.springframework.util.Assert;

/**
 * The source object of a copy.
 *
 * @param bucket the source bucket
 * @param key the source key
 */
record CopySource(String bucket, String key) {

    /**
     * Parses and validates a source written as {@code bucket/key} or {@code /bucket/key}.
     * @param source the source
     * @return the source
     * @throws IllegalArgumentException naming the {@code source} argument when it is not a valid bucket and key
     */
    public static CopySource parse(String source) {
        Assert.notNull(source, "'source' must not be null");
        String path = source.startsWith("/") ? source.substring(1) : source;
        int slash = path.indexOf('/');
        Assert.isTrue(slash > 0,
                () -> "'source' must be 'bucket/key' (is '" + ControlCharacters.escape(source) + "')");
        try {
            BucketNames.validate(path.substring(0, slash));
            ObjectKeys.validate(path.substring(slash + 1));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "Invalid 'source' '" + ControlCharacters.escape(source) + "': " + ex.getMessage(), ex);
        }
        return new CopySource(path.substring(0, slash), path.substring(slash + 1));
    }

    @Override
    public String toString() {
        return this.bucket + "/" + this.key;
    }

}
