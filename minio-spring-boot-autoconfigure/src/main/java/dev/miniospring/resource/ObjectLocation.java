package dev.miniospring.resource;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A parsed {@code minio://bucket/key} location; the key is taken literally (no
 * percent-decoding) and may be empty or end with {@code /} for a prefix.
 *
 * @param bucket the bucket name
 * @param key the object key or prefix
 */
record ObjectLocation(String bucket, String key) {

    static final String PROTOCOL = "minio://";

    ObjectLocation {
        Assert.isTrue(StringUtils.hasText(bucket) && bucket.indexOf('/') < 0,
                () -> "'bucket' must be a bucket name (is '" + bucket + "')");
        Assert.notNull(key, "'key' must not be null");
    }

    static boolean matches(String location) {
        return location.regionMatches(true, 0, PROTOCOL, 0, PROTOCOL.length());
    }

    static ObjectLocation parse(String location) {
        Assert.isTrue(matches(location), () -> "'location' must start with " + PROTOCOL + " (is '" + location + "')");
        String path = location.substring(PROTOCOL.length());
        int slash = path.indexOf('/');
        Assert.isTrue(slash != 0 && !path.isEmpty(),
                () -> "'location' must name a bucket: " + PROTOCOL + "bucket/key (is '" + location + "')");
        return (slash < 0) ? new ObjectLocation(path, "")
                : new ObjectLocation(path.substring(0, slash), path.substring(slash + 1));
    }

    boolean isPrefix() {
        return this.key.isEmpty() || this.key.endsWith("/");
    }

    ObjectLocation relative(String relativePath) {
        Assert.notNull(relativePath, "'relativePath' must not be null");
        String joined = this.key.substring(0, this.key.lastIndexOf('/') + 1)
                + (relativePath.startsWith("/") ? relativePath.substring(1) : relativePath);
        return new ObjectLocation(this.bucket, normalize(joined, relativePath));
    }

    private static String normalize(String path, String relativePath) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].equals("..")) {
                Assert.isTrue(!segments.isEmpty(),
                        () -> "'relativePath' must stay inside the bucket (is '" + relativePath + "')");
                segments.removeLast();
            }
            if (!parts[i].equals(".") && !parts[i].equals("..")) {
                segments.addLast(parts[i]);
            }
            else if (last) {
                segments.addLast("");
            }
        }
        return String.join("/", segments);
    }

    @Override
    public String toString() {
        return PROTOCOL + this.bucket + "/" + this.key;
    }

}
