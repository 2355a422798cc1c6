package dev.miniospring.bucket;

import org.jspecify.annotations.Nullable;

import dev.miniospring.object.RetentionMode;

import org.springframework.util.Assert;

/**
 * The object lock configuration of a bucket: object lock is enabled, with or without a
 * default retention that protects every new object version for a number of days or years.
 *
 * @param mode the mode of the default retention, or {@code null} when there is none
 * @param days the default retention in days, or {@code null} when it is given in years or
 * there is none
 * @param years the default retention in years, or {@code null} when it is given in days
 * or there is none
 * @since 0.1.0
 */
public record ObjectLockConfiguration(@Nullable RetentionMode mode, @Nullable Integer days, @Nullable Integer years) {

    public ObjectLockConfiguration {
        if (mode == null) {
            Assert.isTrue(days == null && years == null,
                    "'mode' must not be null when a retention period ('days' or 'years') is given");
        }
        else {
            Assert.isTrue((days == null) != (years == null),
                    "'days' or 'years' (exactly one of them) must be given with a default retention mode");
            Assert.isTrue(days == null || days > 0, () -> "'days' must be positive (is " + days + ")");
            Assert.isTrue(years == null || years > 0, () -> "'years' must be positive (is " + years + ")");
        }
    }

    /**
     * Object lock without a default retention: versions are protected only by their own
     * retention or legal hold.
     * @return the configuration
     */
    public static ObjectLockConfiguration withoutDefaultRetention() {
        return new ObjectLockConfiguration(null, null, null);
    }

    /**
     * A default retention of some days.
     * @param mode the retention mode
     * @param days the number of days, positive
     * @return the configuration
     */
    public static ObjectLockConfiguration days(RetentionMode mode, int days) {
        Assert.notNull(mode, "'mode' must not be null");
        return new ObjectLockConfiguration(mode, days, null);
    }

    /**
     * A default retention of some years.
     * @param mode the retention mode
     * @param years the number of years, positive
     * @return the configuration
     */
    public static ObjectLockConfiguration years(RetentionMode mode, int years) {
        Assert.notNull(mode, "'mode' must not be null");
        return new ObjectLockConfiguration(mode, null, years);
    }

    /**
     * Tells whether new object versions get a default retention.
     * @return {@code true} when a mode and a period are set
     */
    public boolean hasDefaultRetention() {
        return this.mode != null;
    }

}
