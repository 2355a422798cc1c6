package dev.miniospring.object;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.util.Assert;

/**
 * The object lock retention of one object version: its mode and the date until which it
 * is protected.
 *
 * @param mode the retention mode
 * @param retainUntil the end of the protection, kept to the millisecond (S3 stores no
 * finer precision)
 * @since 0.1.0
 */
public record Retention(RetentionMode mode, Instant retainUntil) {

    public Retention {
        Assert.notNull(mode, "'mode' must not be null");
        Assert.notNull(retainUntil, "'retainUntil' must not be null");
        retainUntil = retainUntil.truncatedTo(ChronoUnit.MILLIS);
    }

}
