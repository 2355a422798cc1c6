package dev.miniospring.fault;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a fault row expects: the caller's result or exception, whether the server acted
 * although the caller was told of a failure, and the time the call must end within.
 *
 * @param failure the exception the caller gets, or {@code null} for a successful call
 * @param code the S3 error code of a {@link dev.miniospring.MinioErrorResponseException},
 * or {@code null}
 * @param message text the exception's message must contain, or {@code null}
 * @param serverActed whether the server carried the write out although the call failed
 * @param bound the time the call must end within
 */
record Expectation(@Nullable Class<? extends Throwable> failure, @Nullable String code, @Nullable String message,
        boolean serverActed, Duration bound) {

    /**
     * The bound of calls that involve no timeout: a few fast retries at most.
     */
    static final Duration QUICK = Duration.ofSeconds(6);

    static Expectation succeeds() {
        return new Expectation(null, null, null, false, QUICK);
    }

    static Expectation fails(Class<? extends Throwable> failure) {
        return new Expectation(failure, null, null, false, QUICK);
    }

    static Expectation fails(Class<? extends Throwable> failure, String code) {
        return new Expectation(failure, code, null, false, QUICK);
    }

    Expectation serverActing() {
        return new Expectation(this.failure, this.code, this.message, true, this.bound);
    }

    Expectation withMessage(String message) {
        return new Expectation(this.failure, this.code, message, this.serverActed, this.bound);
    }

    Expectation within(Duration bound) {
        return new Expectation(this.failure, this.code, this.message, this.serverActed, bound);
    }

    /**
     * Bounds the call by a number of read timeouts plus the retries' backoff.
     */
    Expectation withinTimeouts(int timeouts) {
        return within(FaultRun.READ_TIMEOUT.multipliedBy(timeouts).plus(QUICK));
    }

    boolean succeeds(@Nullable Throwable outcome) {
        return this.failure == null && outcome == null;
    }

    @Override
    public String toString() {
        String outcome = (this.failure != null) ? this.failure.getSimpleName() : "success";
        return outcome + ((this.code != null) ? " " + this.code : "")
                + ((this.message != null) ? " '" + this.message + "'" : "") + " within " + this.bound.toMillis()
                + " ms";
    }

}
