package dev.miniospring.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.core.MinioTemplate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * Reports a {@link MinioTemplate}'s server as UP when it lists buckets or, when buckets
 * are named, when each of them exists. Details name the endpoint and checked buckets, and
 * on DOWN the error code and HTTP status; never credentials.
 *
 * <p>
 * The check runs on a {@linkplain MinioTemplate#forHealthCheck(Duration) client of its
 * own} with short timeouts and a single attempt, so that an unresponsive server is
 * reported DOWN within seconds.
 *
 * @since 0.1.0
 */
public class MinioHealthIndicator implements HealthIndicator {

    /**
     * The default timeout of each wait of the check (2 s).
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final MinioTemplate template;

    private final List<String> buckets;

    /**
     * Creates an indicator whose waits last at most {@link #DEFAULT_TIMEOUT}.
     * @param template the template to check
     * @param buckets the buckets that must exist; empty to check that buckets can be
     * listed
     */
    public MinioHealthIndicator(MinioTemplate template, List<String> buckets) {
        this(template, buckets, DEFAULT_TIMEOUT);
    }

    /**
     * Creates an indicator.
     * @param template the template to check
     * @param buckets the buckets that must exist; empty to check that buckets can be
     * listed
     * @param timeout the connect, read and connection-pool timeout of the check
     */
    public MinioHealthIndicator(MinioTemplate template, List<String> buckets, Duration timeout) {
        Assert.notNull(template, "'template' must not be null");
        Assert.notNull(buckets, "'buckets' must not be null");
        this.template = template.forHealthCheck(timeout);
        this.buckets = List.copyOf(buckets);
    }

    @Override
    public Health health() {
        Health.Builder builder = Health.unknown().withDetail("endpoint", this.template.endpoint().toString());
        try {
            check(builder);
        }
        catch (MinioErrorResponseException ex) {
            builder.down().withDetail("error", ex.code()).withDetail("status", ex.statusCode());
        }
        catch (MinioException ex) {
            builder.down().withDetail("error", ex.getClass().getSimpleName()).withDetail("message", ex.getMessage());
        }
        return builder.build();
    }

    private void check(Health.Builder builder) {
        if (this.buckets.isEmpty()) {
            builder.up().withDetail("buckets", this.template.listBuckets().size());
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String bucket : this.buckets) {
            if (!this.template.bucketExists(bucket)) {
                missing.add(bucket);
            }
        }
        builder.status(missing.isEmpty() ? Status.UP : Status.DOWN).withDetail("checkedBuckets", this.buckets);
        if (!missing.isEmpty()) {
            builder.withDetail("missingBuckets", missing);
        }
    }

}
