package dev.miniospring.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.bucket.LifecycleExpiration;
import dev.miniospring.bucket.LifecycleRule;
import dev.miniospring.object.Tags;

import org.springframework.util.Assert;

/**
 * Checks a lifecycle configuration against S3's rules before it is sent: at most 1000
 * rules with unique ids of at most 255 characters, each with at least one action,
 * positive days and dates at midnight UTC.
 */
final class LifecycleRules {

    /**
     * The most rules a configuration may have.
     */
    static final int MAX_RULES = 1000;

    /**
     * The longest rule id.
     */
    static final int MAX_ID_LENGTH = 255;

    private LifecycleRules() {
    }

    /**
     * Checks a configuration.
     * @param lifecycle the configuration
     * @throws IllegalArgumentException naming {@code lifecycle}, the rule and the limit
     * at fault
     */
    static void validate(LifecycleConfiguration lifecycle) {
        Assert.notNull(lifecycle, "'lifecycle' must not be null");
        Assert.isTrue(!lifecycle.isEmpty(),
                "'lifecycle' must have at least one rule; use deleteBucketLifecycle to " + "remove the configuration");
        Assert.isTrue(lifecycle.rules().size() <= MAX_RULES,
                () -> "'lifecycle' must have at most " + MAX_RULES + " rules (has " + lifecycle.rules().size() + ")");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lifecycle.rules().size(); i++) {
            LifecycleRule rule = lifecycle.rules().get(i);
            String where = "'lifecycle' rule #" + (i + 1);
            Assert.notNull(rule, () -> where + " must not be null");
            validate(rule, where + " ('" + rule.id() + "')");
            Assert.isTrue(ids.add(rule.id()), () -> where + ": the id '" + rule.id() + "' is not unique");
        }
    }

    private static void validate(LifecycleRule rule, String where) {
        Assert.isTrue(rule.id() != null && !rule.id().isBlank(), () -> where + " must have an id");
        Assert.isTrue(rule.id().length() <= MAX_ID_LENGTH, () -> where + ": the id must be at most " + MAX_ID_LENGTH
                + " characters (has " + rule.id().length() + ")");
        Assert.notNull(rule.filter(), () -> where + " must have a filter; use LifecycleFilter.all() for every object");
        rule.filter().tags().forEach((key, value) -> Tags.validate(key, value));
        Assert.isTrue(
                rule.expiration() != null || rule.noncurrentVersionExpirationDays() != null
                        || rule.abortIncompleteMultipartUploadDays() != null,
                () -> where + " must have at least one action "
                        + "(expiration, noncurrent-version expiration or abort of incomplete multipart uploads)");
        positive(rule.noncurrentVersionExpirationDays(), where, "noncurrent-version expiration days");
        positive(rule.abortIncompleteMultipartUploadDays(), where, "abort-incomplete-multipart-upload days");
        Assert.isTrue(rule.abortIncompleteMultipartUploadDays() == null || rule.filter().tags().isEmpty(),
                () -> where + ": abort-incomplete-multipart-upload cannot be combined with a tag filter");
        if (rule.expiration() != null) {
            validate(rule.expiration(), !rule.filter().tags().isEmpty(), where);
        }
    }

    private static void validate(LifecycleExpiration expiration, boolean tagFilter, String where) {
        int set = ((expiration.days() != null) ? 1 : 0) + ((expiration.date() != null) ? 1 : 0)
                + (expiration.expiredObjectDeleteMarker() ? 1 : 0);
        Assert.isTrue(set == 1, () -> where + ": the expiration must have exactly one of days, date and "
                + "expired-object delete marker");
        positive(expiration.days(), where, "expiration days");
        Instant date = expiration.date();
        Assert.isTrue(date == null || date.atOffset(ZoneOffset.UTC).toLocalTime().toNanoOfDay() == 0,
                () -> where + ": the expiration date must be at midnight UTC (is " + date + ")");
        Assert.isTrue(!expiration.expiredObjectDeleteMarker() || !tagFilter,
                () -> where + ": the expired-object delete marker cannot be combined with a tag filter");
    }

    private static void positive(@Nullable Integer days, String where, String what) {
        Assert.isTrue(days == null || days > 0, () -> where + ": " + what + " must be positive (is " + days + ")");
    }

}
