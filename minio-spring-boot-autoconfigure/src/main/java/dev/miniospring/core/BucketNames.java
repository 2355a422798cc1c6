package dev.miniospring.core;

import java.util.regex.Pattern;

/**
 * Checks bucket names against the S3 naming rules before any request is sent.
 */
final class BucketNames {

    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[a-z0-9.\\-]+");

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private BucketNames() {
    }

    /**
     * Validates a bucket name.
     * @param bucket the name
     * @throws IllegalArgumentException naming the rule the name breaks
     */
    public static void validate(String bucket) {
        if (bucket == null) {
            throw invalid(null, "must not be null");
        }
        if (bucket.length() < 3 || bucket.length() > 63) {
            throw invalid(bucket, "must be 3 to 63 characters long (is " + bucket.length() + ")");
        }
        if (!ALLOWED_CHARACTERS.matcher(bucket).matches()) {
            throw invalid(bucket, "may contain only lower-case letters, digits, '.' and '-'");
        }
        if (!isAlphanumeric(bucket.charAt(0)) || !isAlphanumeric(bucket.charAt(bucket.length() - 1))) {
            throw invalid(bucket, "must start and end with a lower-case letter or a digit");
        }
        if (bucket.contains("..")) {
            throw invalid(bucket, "must not contain two adjacent periods");
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            throw invalid(bucket, "must not be formatted as an IP address");
        }
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static IllegalArgumentException invalid(String bucket, String rule) {
        String name = (bucket != null) ? "'" + bucket + "'" : "null";
        return new IllegalArgumentException("Invalid 'bucket' " + name + ": a bucket name " + rule);
    }

}
