package dev.miniospring.bucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * When the current versions of the objects of a lifecycle rule expire: a number of days
 * after creation, a date (midnight UTC), or, for the expired-object delete marker, when a
 * delete marker is the only version left. Exactly one is set.
 *
 * @param days days after the object was created, or {@code null}
 * @param date the instant, at midnight UTC, or {@code null}
 * @param expiredObjectDeleteMarker whether delete markers without noncurrent versions are
 * removed
 * @since 0.1.0
 */
public record LifecycleExpiration(@Nullable Integer days, @Nullable Instant date, boolean expiredObjectDeleteMarker) {

    /**
     * Expires objects some days after their creation.
     * @param days the days, at least 1
     * @return the expiration
     */
    public static LifecycleExpiration afterDays(int days) {
        return new LifecycleExpiration(days, null, false);
    }

    /**
     * Expires objects on a day (at midnight UTC).
     * @param date the day
     * @return the expiration
     */
    public static LifecycleExpiration on(LocalDate date) {
        return at(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Expires objects at an instant, which S3 requires to be at midnight UTC.
     * @param date the instant
     * @return the expiration
     */
    public static LifecycleExpiration at(Instant date) {
        return new LifecycleExpiration(null, date, false);
    }

    /**
     * Removes delete markers that have no noncurrent version left (versioned buckets).
     * @return the expiration
     */
    public static LifecycleExpiration removeExpiredDeleteMarkers() {
        return new LifecycleExpiration(null, null, true);
    }

}
