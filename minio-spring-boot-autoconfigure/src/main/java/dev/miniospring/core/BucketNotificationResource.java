package dev.miniospring.core;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.NotificationConfigurationDocument;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.notification.FilterRule;
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;
import dev.miniospring.notification.NotificationSubscription;
import dev.miniospring.notification.NotificationTarget;
import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The bucket notification operations of {@link dev.miniospring.core.MinioTemplate}.
 * Arguments are validated by the template.
 */
final class BucketNotificationResource {

    private static final Set<String> RULE_NAMES = Set.of("prefix", "suffix");

    private final S3Transport transport;

    private final ListenSettings settings;

    private final ThreadFactory listenThreads;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     * @param settings how listening keeps its connection
     * @param listenThreads creates the threads of subscriptions
     */
    public BucketNotificationResource(S3Transport transport, ListenSettings settings, ThreadFactory listenThreads) {
        this.transport = transport;
        this.settings = settings;
        this.listenThreads = listenThreads;
    }

    /**
     * Returns the notification configuration of a bucket
     * (GetBucketNotificationConfiguration).
     * @param bucket the bucket
     * @return the configuration, empty when there is none
     */
    public NotificationConfiguration getBucketNotification(String bucket) {
        BucketNames.validate(bucket);
        S3Request request = request(HttpMethod.GET, bucket).build();
        return NotificationXml.fromDocument(this.transport.execute(request, NotificationConfigurationDocument.class));
    }

    /**
     * Replaces the notification configuration of a bucket
     * (PutBucketNotificationConfiguration).
     * @param bucket the bucket
     * @param configuration the configuration, with at least one topic, queue or cloud
     * function
     */
    public void setBucketNotification(String bucket, NotificationConfiguration configuration) {
        BucketNames.validate(bucket);
        validate(configuration);
        write(bucket, configuration);
    }

    /**
     * Removes every notification configuration of a bucket by setting an empty one.
     * @param bucket the bucket
     */
    public void removeAllBucketNotification(String bucket) {
        BucketNames.validate(bucket);
        write(bucket, NotificationConfiguration.empty());
    }

    private void write(String bucket, NotificationConfiguration configuration) {
        byte[] xml = S3Xml.write(NotificationXml.toDocument(configuration));
        this.transport.execute(request(HttpMethod.PUT, bucket).header("Content-Type", "application/xml")
            .payload(RequestPayload.of(xml))
            .build());
    }

    /**
     * Listens to the events of a bucket with MinIO's extension
     * ({@code GET /bucket?events=...}).
     * @param bucket the bucket
     * @param prefix only keys starting with it, or {@code null}
     * @param suffix only keys ending with it, or {@code null}
     * @param events the event names
     * @return the open stream
     */
    public NotificationStream listen(String bucket, @Nullable String prefix, @Nullable String suffix,
            List<String> events) {
        BucketNames.validate(bucket);
        validateEvents(events, "");
        S3Request.Builder request = S3Request.builder(HttpMethod.GET).bucket(bucket);
        new TreeSet<>(events).forEach((event) -> request.addQuery("events", event));
        if (StringUtils.hasLength(prefix)) {
            request.query("prefix", prefix);
        }
        if (StringUtils.hasLength(suffix)) {
            request.query("suffix", suffix);
        }
        long pingSeconds = pingSeconds(this.settings.pingInterval());
        if (pingSeconds > 0) {
            request.query("ping", Long.toString(pingSeconds));
        }
        S3Request built = request.build();
        return new ListenStream(
                new ResponseTimeoutConnector(() -> this.transport.open(built), this.settings.responseTimeout(), bucket),
                this.settings, bucket);
    }

    /**
     * Listens to the events of a bucket on a thread of its own.
     * @param bucket the bucket
     * @param prefix only keys starting with it, or {@code null}
     * @param suffix only keys ending with it, or {@code null}
     * @param events the event names
     * @param listener receives each event
     * @return the subscription, to cancel
     */
    public NotificationSubscription listen(String bucket, @Nullable String prefix, @Nullable String suffix,
            List<String> events, Consumer<NotificationRecord> listener) {
        Assert.notNull(listener, "'listener' must not be null");
        NotificationStream stream = listen(bucket, prefix, suffix, events);
        return ListenSubscription.start(stream, listener, "minio-listen-" + bucket, this.listenThreads);
    }

    /**
     * Checks a configuration before it is sent.
     * @param configuration the configuration
     * @throws IllegalArgumentException naming the field at fault
     */
    private static void validate(NotificationConfiguration configuration) {
        Assert.notNull(configuration, "'notification' must not be null");
        Assert.isTrue(!configuration.isEmpty(), "'notification' must have at least one topic, queue or cloud-function"
                + " configuration; use removeAllBucketNotification to remove them all");
        validate(configuration.topics(), "topic");
        validate(configuration.queues(), "queue");
        validate(configuration.cloudFunctions(), "cloud-function");
    }

    private static void validate(List<NotificationTarget> targets, String kind) {
        for (int i = 0; i < targets.size(); i++) {
            NotificationTarget target = targets.get(i);
            String where = " of " + kind + " configuration #" + (i + 1);
            Assert.notNull(target, () -> "'notification' must not contain a null" + where.substring(3));
            Assert.hasText(target.arn(), () -> "'arn'" + where + " must not be empty");
            validateEvents(target.events(), where);
            for (FilterRule rule : target.filterRules()) {
                Assert.isTrue(RULE_NAMES.contains(rule.name().toLowerCase(Locale.ROOT)), () -> "'filterRules'" + where
                        + " may only name 'prefix' or 'suffix', not '" + rule.name() + "'");
            }
        }
    }

    /**
     * Checks event names before they are sent.
     * @param events the names
     * @param where where they come from, for the message (may be empty)
     * @throws IllegalArgumentException naming {@code events} when the list is empty or a
     * name does not start with {@code s3:}
     */
    private static void validateEvents(@Nullable List<String> events, String where) {
        Assert.isTrue(events != null && !events.isEmpty(), () -> "'events'" + where + " must not be empty");
        for (String event : events) {
            Assert.isTrue(event != null && event.startsWith("s3:") && event.length() > 3,
                    () -> "'events'" + where + " must be event names starting with 's3:', such as "
                            + NotificationEvents.OBJECT_CREATED_ALL + ", not '" + event + "'");
        }
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("notification", "");
    }

    private static long pingSeconds(Duration pingInterval) {
        long seconds = pingInterval.toSeconds();
        return (pingInterval.isZero() || seconds >= 1) ? seconds : 1;
    }

}
