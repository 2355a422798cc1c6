package dev.miniospring.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.miniospring.MinioInvalidResponseException;

/**
 * One S3 event record as delivered by notifications: the usual fields, plus the whole
 * record as JSON.
 *
 * @param eventName the event name, such as {@code s3:ObjectCreated:Put}
 * @param bucket the bucket name
 * @param key the object key, URL-decoded
 * @param size the object size, when the event carries one
 * @param eTag the object ETag, when the event carries one
 * @param eventTime when the event happened, when the event carries a parseable time
 * @param raw the whole event record
 * @since 0.1.0
 */
public record NotificationRecord(String eventName, String bucket, String key, @Nullable Long size,
        @Nullable String eTag, @Nullable Instant eventTime, JsonNode raw) {

    /**
     * Reads an S3 event record, such as an element of the {@code Records} array of a
     * notification.
     * @param event the event JSON
     * @return the record
     */
    public static NotificationRecord of(JsonNode event) {
        JsonNode s3 = event.path("s3");
        JsonNode object = s3.path("object");
        String key = decodeKey(object.path("key").asString(""));
        Long size = object.path("size").isNumber() ? object.path("size").longValue() : null;
        String eTag = object.path("eTag").isString() ? object.path("eTag").stringValue() : null;
        return new NotificationRecord(event.path("eventName").asString(""), s3.path("bucket").path("name").asString(""),
                key, size, eTag, eventTime(event.path("eventTime").asString("")), event);
    }

    private static String decodeKey(String key) {
        try {
            return URLDecoder.decode(key, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw new MinioInvalidResponseException(200,
                    "Invalid url-encoded key '" + key + "' in a notification event: " + ex.getMessage(), ex);
        }
    }

    private static @Nullable Instant eventTime(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "NotificationRecord[eventName=" + this.eventName + ", bucket=" + this.bucket + ", key=" + this.key
                + ", size=" + this.size + ", eTag=" + this.eTag + ", eventTime=" + this.eventTime + "]";
    }

}
