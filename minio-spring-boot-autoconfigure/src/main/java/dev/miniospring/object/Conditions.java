package dev.miniospring.object;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.HeaderFields;

import org.springframework.util.Assert;

/**
 * Conditions on an object's ETag and modification time: on a read ({@code If-*} headers)
 * the server answers {@code PreconditionFailed} (HTTP 412) or Not Modified (HTTP 304)
 * when one fails; on the source of a copy ({@code x-amz-copy-source-if-*} headers) it
 * answers {@code PreconditionFailed}. Combine them with the {@code with...} methods.
 *
 * @param modifiedSince only if the object was modified after this instant
 * @param unmodifiedSince only if the object was not modified after this instant
 * @param matchETag only if the object has this ETag (quoted or not)
 * @param matchETagExcept only if the object does not have this ETag (quoted or not)
 * @since 0.1.0
 */
public record Conditions(@Nullable Instant modifiedSince, @Nullable Instant unmodifiedSince, @Nullable String matchETag,
        @Nullable String matchETagExcept) {

    private static final Conditions NONE = new Conditions(null, null, null, null);

    /**
     * Creates conditions, checking the ETags.
     * @param modifiedSince only if the object was modified after this instant, or
     * {@code null}
     * @param unmodifiedSince only if the object was not modified after this instant, or
     * {@code null}
     * @param matchETag only if the object has this ETag, or {@code null}
     * @param matchETagExcept only if the object does not have this ETag, or {@code null}
     * @throws IllegalArgumentException naming {@code etag} when an ETag is empty or holds
     * a control character
     */
    public Conditions {
        validEtag(matchETag);
        validEtag(matchETagExcept);
    }

    /**
     * Returns no conditions.
     * @return the empty conditions
     */
    public static Conditions none() {
        return NONE;
    }

    /**
     * Adds the modified-since condition.
     * @param instant the instant
     * @return new conditions
     */
    public Conditions withModifiedSince(Instant instant) {
        Assert.notNull(instant, "'instant' must not be null");
        return new Conditions(instant, this.unmodifiedSince, this.matchETag, this.matchETagExcept);
    }

    /**
     * Adds the unmodified-since condition.
     * @param instant the instant
     * @return new conditions
     */
    public Conditions withUnmodifiedSince(Instant instant) {
        Assert.notNull(instant, "'instant' must not be null");
        return new Conditions(this.modifiedSince, instant, this.matchETag, this.matchETagExcept);
    }

    /**
     * Adds the match-ETag condition.
     * @param etag the ETag the object must have
     * @return new conditions
     */
    public Conditions withMatchETag(String etag) {
        Assert.notNull(etag, "'etag' must not be null");
        return new Conditions(this.modifiedSince, this.unmodifiedSince, etag, this.matchETagExcept);
    }

    /**
     * Adds the match-ETag-except condition.
     * @param etag the ETag the object must not have
     * @return new conditions
     */
    public Conditions withMatchETagExcept(String etag) {
        Assert.notNull(etag, "'etag' must not be null");
        return new Conditions(this.modifiedSince, this.unmodifiedSince, this.matchETag, etag);
    }

    /**
     * Tells whether there is no condition at all.
     * @return {@code true} for {@link #none()}
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    static void validEtag(@Nullable String etag) {
        if (etag != null) {
            Assert.hasText(etag, "'etag' must not be empty");
            HeaderFields.validateValue(etag, "'etag'");
        }
    }

}
