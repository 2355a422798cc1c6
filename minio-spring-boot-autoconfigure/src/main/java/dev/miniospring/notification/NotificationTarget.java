package dev.miniospring.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One topic, queue or cloud-function configuration of a bucket: where to send which
 * events for which keys.
 *
 * @param id the configuration id, or {@code null} to let the server choose one
 * @param arn the ARN of the topic, queue or function, such as
 * {@code arn:minio:sqs::primary:webhook}
 * @param events the event names, such as {@code s3:ObjectCreated:*} (see
 * {@link NotificationEvents})
 * @param filterRules the key filter rules, at most one prefix and one suffix
 * @since 0.1.0
 */
public record NotificationTarget(@Nullable String id, String arn, List<String> events, List<FilterRule> filterRules) {

    /**
     * Creates a configuration; {@code null} lists become empty.
     * @param id the configuration id, or {@code null}
     * @param arn the ARN
     * @param events the event names
     * @param filterRules the key filter rules
     */
    public NotificationTarget(@Nullable String id, String arn, @Nullable List<String> events,
            @Nullable List<FilterRule> filterRules) {
        this.id = id;
        this.arn = arn;
        this.events = (events != null) ? List.copyOf(events) : List.of();
        this.filterRules = (filterRules != null) ? List.copyOf(filterRules) : List.of();
    }

    /**
     * Creates a configuration without id or filter.
     * @param arn the ARN
     * @param events the event names
     * @return the configuration
     */
    public static NotificationTarget of(String arn, String... events) {
        return new NotificationTarget(null, arn, List.of(events), List.of());
    }

    /**
     * Returns a copy with an id.
     * @param id the configuration id
     * @return the copy
     */
    public NotificationTarget withId(String id) {
        return new NotificationTarget(id, this.arn, this.events, this.filterRules);
    }

    /**
     * Returns a copy with key filter rules.
     * @param rules the rules, such as {@link FilterRule#prefix(String)}
     * @return the copy
     */
    public NotificationTarget withFilter(FilterRule... rules) {
        return new NotificationTarget(this.id, this.arn, this.events, List.of(rules));
    }

}
