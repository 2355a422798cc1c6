package dev.miniospring;

import org.jspecify.annotations.Nullable;

/**
 * The S3 server answered with an error: its code ({@code NoSuchKey},
 * {@code AccessDenied}, ...), message and identifiers, plus the HTTP status.
 *
 * @since 0.1.0
 */
public class MinioErrorResponseException extends MinioException {

    private final int statusCode;

    private final String code;

    private final @Nullable String errorMessage;

    private final @Nullable String resource;

    private final @Nullable String requestId;

    private final @Nullable String hostId;

    private final @Nullable String bucket;

    private final @Nullable String key;

    /**
     * Creates an exception from a decoded error response.
     * @param statusCode the HTTP status code
     * @param code the S3 error code
     * @param errorMessage the server's message
     * @param resource the resource named by the server
     * @param requestId the server's request id
     * @param hostId the server's host id
     * @param bucket the bucket of the request
     * @param key the object key of the request
     */
    public MinioErrorResponseException(int statusCode, String code, @Nullable String errorMessage,
            @Nullable String resource, @Nullable String requestId, @Nullable String hostId, @Nullable String bucket,
            @Nullable String key) {
        super(describe(statusCode, code, errorMessage, bucket, key, requestId), null);
        this.statusCode = statusCode;
        this.code = code;
        this.errorMessage = errorMessage;
        this.resource = resource;
        this.requestId = requestId;
        this.hostId = hostId;
        this.bucket = bucket;
        this.key = key;
    }

    private static String describe(int statusCode, String code, @Nullable String message, @Nullable String bucket,
            @Nullable String key, @Nullable String requestId) {
        StringBuilder text = new StringBuilder(code).append(" (HTTP ").append(statusCode).append(')');
        if (message != null && !message.isEmpty()) {
            text.append(": ").append(message);
        }
        appendIfPresent(text, "bucket", bucket);
        appendIfPresent(text, "key", key);
        appendIfPresent(text, "requestId", requestId);
        if ("RequestTimeTooSkewed".equals(code)) {
            text.append(". The clock of this machine differs from the server's by more than 15 minutes: "
                    + "fix the clock (enable NTP time synchronization) and try again");
        }
        return text.toString();
    }

    private static void appendIfPresent(StringBuilder text, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            text.append(", ").append(name).append('=').append(value);
        }
    }

    /**
     * Returns the HTTP status code.
     * @return the status code
     */
    public int statusCode() {
        return this.statusCode;
    }

    /**
     * Returns the S3 error code, such as {@code NoSuchBucket}.
     * @return the error code
     */
    public String code() {
        return this.code;
    }

    /**
     * Returns the server's error message.
     * @return the message, if the server sent one
     */
    public @Nullable String errorMessage() {
        return this.errorMessage;
    }

    /**
     * Returns the resource the server named.
     * @return the resource, if the server sent one
     */
    public @Nullable String resource() {
        return this.resource;
    }

    /**
     * Returns the server's request id.
     * @return the request id, if the server sent one
     */
    public @Nullable String requestId() {
        return this.requestId;
    }

    /**
     * Returns the server's host id.
     * @return the host id, if the server sent one
     */
    public @Nullable String hostId() {
        return this.hostId;
    }

    /**
     * Returns the bucket of the failed request.
     * @return the bucket, if the request had one
     */
    public @Nullable String bucket() {
        return this.bucket;
    }

    /**
     * Returns the object key of the failed request.
     * @return the key, if the request had one
     */
    public @Nullable String key() {
        return this.key;
    }

}
