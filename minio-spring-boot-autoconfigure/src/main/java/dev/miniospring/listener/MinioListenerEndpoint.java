package dev.miniospring.listener;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * One listener of bucket events, its placeholders resolved.
 *
 * @param id the id of the listener
 * @param bucket the bucket listened to
 * @param prefix only keys starting with it, or {@code null} for all
 * @param suffix only keys ending with it, or {@code null} for all
 * @param events the event names
 * @param autoStartup whether it starts with the container
 * @since 0.1.0
 */
public record MinioListenerEndpoint(String id, String bucket, @Nullable String prefix, @Nullable String suffix,
        List<String> events, boolean autoStartup) {

    /**
     * Creates an endpoint.
     * @param id the id
     * @param bucket the bucket name
     * @param prefix the key prefix, or {@code null}
     * @param suffix the key suffix, or {@code null}
     * @param events the event names
     * @param autoStartup whether it starts with the container
     */
    public MinioListenerEndpoint {
        Assert.hasText(id, "'id' must not be empty");
        Assert.hasText(bucket, () -> "'bucket' of listener " + id + " must not be empty");
        Assert.notEmpty(events, () -> "'events' of listener " + id + " must not be empty");
        Assert.noNullElements(events, () -> "'events' of listener " + id + " must not contain null");
        events = List.copyOf(events);
        prefix = StringUtils.hasLength(prefix) ? prefix : null;
        suffix = StringUtils.hasLength(suffix) ? suffix : null;
    }

}
