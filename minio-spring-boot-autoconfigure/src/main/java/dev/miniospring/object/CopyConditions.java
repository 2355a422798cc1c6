package dev.miniospring.object;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Conditions on the source of a copy, sent as {@code x-amz-copy-source-if-*} headers;
 * when one fails the server answers {@code PreconditionFailed} (HTTP 412). Combine them
 * with the {@code with...} methods.
 *
 * @param modifiedSince copy only if the source was modified after this instant
 * @param unmodifiedSince copy only if the source was not modified after this instant
 * @param matchETag copy only if the source has this ETag (quoted or not)
 * @param matchETagExcept copy only if the source does not have this ETag (quoted or not)
 * @since 0.1.0
 */
public record CopyConditions(@Nullable Instant modifiedSince, @Nullable Instant unmodifiedSince,
        @Nullable String matchETag, @Nullable String matchETagExcept) {

    /**
     * Returns no conditions.
     * @return the empty conditions
     */
    public static CopyConditions none() {
        return new CopyConditions(null, null, null, null);
    }

    /**
     * Adds the modified-since condition.
     * @param instant the instant
     * @return new conditions
     */
    public CopyConditions withModifiedSince(Instant instant) {
        Assert.notNull(instant, "'instant' must not be null");
        return new CopyConditions(instant, this.unmodifiedSince, this.matchETag, this.matchETagExcept);
    }

    /**
     * Adds the unmodified-since condition.
     * @param instant the instant
     * @return new conditions
     */
    public CopyConditions withUnmodifiedSince(Instant instant) {
        Assert.notNull(instant, "'instant' must not be null");
        return new CopyConditions(this.modifiedSince, instant, this.matchETag, this.matchETagExcept);
    }

    /**
     * Adds the match-ETag condition.
     * @param etag the ETag the source must have
     * @return new conditions
     */
    public CopyConditions withMatchETag(String etag) {
        return new CopyConditions(this.modifiedSince, this.unmodifiedSince, validEtag(etag), this.matchETagExcept);
    }

    /**
     * Adds the match-ETag-except condition.
     * @param etag the ETag the source must not have
     * @return new conditions
     */
    public CopyConditions withMatchETagExcept(String etag) {
        return new CopyConditions(this.modifiedSince, this.unmodifiedSince, this.matchETag, validEtag(etag));
    }

    /**
     * Returns the same conditions as {@link Conditions}, the type the options of every
     * operation take.
     * @return the conditions
     */
    public Conditions toConditions() {
        return new Conditions(this.modifiedSince, this.unmodifiedSince, this.matchETag, this.matchETagExcept);
    }

    private static String validEtag(String etag) {
        Assert.notNull(etag, "'etag' must not be null");
        Conditions.validEtag(etag);
        return etag;
    }

}
