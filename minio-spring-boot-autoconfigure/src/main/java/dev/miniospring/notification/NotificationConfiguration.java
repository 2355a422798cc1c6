package dev.miniospring.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The notification configuration of a bucket: its topic, queue and cloud-function
 * configurations.
 *
 * @param topics the topic (SNS) configurations
 * @param queues the queue (SQS, MinIO targets) configurations
 * @param cloudFunctions the cloud-function (Lambda) configurations
 * @since 0.1.0
 */
public record NotificationConfiguration(List<NotificationTarget> topics, List<NotificationTarget> queues,
        List<NotificationTarget> cloudFunctions) {

    private static final NotificationConfiguration EMPTY = new NotificationConfiguration(null, null, null);

    /**
     * Creates a configuration; {@code null} lists become empty.
     * @param topics the topic configurations
     * @param queues the queue configurations
     * @param cloudFunctions the cloud-function configurations
     */
    public NotificationConfiguration(@Nullable List<NotificationTarget> topics,
            @Nullable List<NotificationTarget> queues, @Nullable List<NotificationTarget> cloudFunctions) {
        this.topics = (topics != null) ? List.copyOf(topics) : List.of();
        this.queues = (queues != null) ? List.copyOf(queues) : List.of();
        this.cloudFunctions = (cloudFunctions != null) ? List.copyOf(cloudFunctions) : List.of();
    }

    /**
     * Returns the configuration without any target, which removes all notifications when
     * set.
     * @return the empty configuration
     */
    public static NotificationConfiguration empty() {
        return EMPTY;
    }

    /**
     * Creates a configuration of queues only, the usual case on MinIO.
     * @param queues the queue configurations
     * @return the configuration
     */
    public static NotificationConfiguration ofQueues(NotificationTarget... queues) {
        return new NotificationConfiguration(List.of(), List.of(queues), List.of());
    }

    /**
     * Tells whether the configuration has no target.
     * @return {@code true} when all three lists are empty
     */
    public boolean isEmpty() {
        return this.topics.isEmpty() && this.queues.isEmpty() && this.cloudFunctions.isEmpty();
    }

}
