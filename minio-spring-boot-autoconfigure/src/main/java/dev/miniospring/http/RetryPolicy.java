package dev.miniospring.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;

import org.springframework.util.Assert;

/**
 * How transient failures are retried: at most {@code maxAttempts} attempts, separated by
 * exponential backoff with full jitter (a random delay between 0 and
 * {@code min(maxDelay, baseDelay × 2^(attempt-1))}), or by the server's
 * {@code Retry-After} capped at {@code maxDelay}.
 *
 * <p>
 * Transient failures are HTTP 408, 429, 500, 502, 503 and 504, the S3 codes
 * {@code SlowDown}, {@code InternalError}, {@code RequestTimeout},
 * {@code ServiceUnavailable}, {@code RequestLimitExceeded} and {@code Throttling*} (also
 * inside a 200 response), and I/O failures such as a refused or reset connection, a
 * timeout or a premature end of body. Unknown hosts and TLS failures are not transient.
 *
 * <p>
 * Retries are bounded three ways: by {@code maxAttempts}; by {@code apiCallTimeout}, as a
 * retry is made only when the time since the first attempt, plus the backoff delay, plus
 * the duration of the attempt that failed (what the next one is expected to take) stays
 * within it (an attempt in flight is never cut short); and by a {@link RetryBudget}
 * shared by all requests of the template.
 *
 * @param maxAttempts the number of attempts including the first, at least 1 ({@code 1}
 * disables retries)
 * @param baseDelay the delay before the first retry, at most
 * @param maxDelay the longest delay between two attempts
 * @param apiCallTimeout the time after the first attempt of a request within which its
 * retries must be able to finish
 * @param budget the retry budget shared by all requests of the template
 * @since 0.1.0
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration apiCallTimeout,
        RetryBudget budget) {

    /**
     * The default number of attempts (3, as AWS SDK v2's standard mode).
     */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /**
     * The default base delay (100 ms).
     */
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);

    /**
     * The default maximum delay (20 s).
     */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(20);

    /**
     * The default API call timeout (2 minutes).
     */
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(2);

    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private static final Set<String> TRANSIENT_CODES = Set.of("SlowDown", "InternalError", "RequestTimeout",
            "ServiceUnavailable", "RequestLimitExceeded");

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("'maxAttempts' must be at least 1 (is " + maxAttempts + ")");
        }
        Assert.notNull(baseDelay, "'baseDelay' must not be null");
        Assert.notNull(maxDelay, "'maxDelay' must not be null");
        checkDelays(baseDelay, maxDelay);
        if (apiCallTimeout == null || apiCallTimeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("'apiCallTimeout' must be positive (is " + apiCallTimeout + ")");
        }
        Assert.notNull(budget, "'budget' must not be null");
    }

    private static void checkDelays(Duration baseDelay, Duration maxDelay) {
        if (baseDelay.isNegative()) {
            throw new IllegalArgumentException("'baseDelay' must not be negative (is " + baseDelay + ")");
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("'maxDelay' must not be shorter than 'baseDelay' (is " + maxDelay + ")");
        }
    }

    /**
     * Creates a policy with the default API call timeout and the
     * {@link RetryBudget#STANDARD standard} budget.
     * @param maxAttempts the number of attempts including the first, at least 1
     * @param baseDelay the delay before the first retry, at most
     * @param maxDelay the longest delay between two attempts
     */
    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        this(maxAttempts, baseDelay, maxDelay, DEFAULT_API_CALL_TIMEOUT, RetryBudget.STANDARD);
    }

    /**
     * Returns the defaults: 3 attempts, 100 ms base delay, 20 s maximum delay, 2 minutes
     * API call timeout and the standard budget (500 tokens, 5 per retry, 10 per retry
     * after a timeout).
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY);
    }

    /**
     * Returns a policy that never retries.
     * @return a single-attempt policy
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Tells whether a failure is transient, so that the request may succeed when sent
     * again.
     * @param failure the failure of one attempt
     * @return {@code true} for the failures listed in the class description
     */
    public boolean isTransient(MinioException failure) {
        if (failure instanceof MinioErrorResponseException error) {
            return TRANSIENT_STATUSES.contains(error.statusCode()) || TRANSIENT_CODES.contains(error.code())
                    || error.code().startsWith("Throttling");
        }
        if (failure instanceof MinioInvalidResponseException invalid) {
            return TRANSIENT_STATUSES.contains(invalid.statusCode());
        }
        return failure instanceof MinioTransportException && isTransientIo(failure.getCause());
    }

    private static boolean isTransientIo(@Nullable Throwable cause) {
        return cause instanceof IOException && !(cause instanceof UnknownHostException)
                && !(cause instanceof SSLException) && !(cause instanceof ConnectionPoolTimeoutException);
    }

    /**
     * Tells whether an attempt failed because it timed out (connecting, or waiting for
     * the server).
     * @param failure the failure of one attempt
     * @return {@code true} for a timeout
     */
    public static boolean isTimeout(MinioException failure) {
        Throwable cause = failure.getCause();
        return failure instanceof MinioTransportException
                && (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException);
    }

    /**
     * Returns the delay before the next attempt.
     * @param failedAttempts the number of attempts made so far, at least 1
     * @param retryAfter the server's {@code Retry-After}, or {@code null}
     * @param random a uniformly distributed number in {@code [0, 1)}
     * @return the delay, at most {@code maxDelay}
     */
    public Duration delay(int failedAttempts, @Nullable Duration retryAfter, double random) {
        if (retryAfter != null) {
            return (retryAfter.compareTo(this.maxDelay) > 0) ? this.maxDelay : retryAfter;
        }
        long base = this.baseDelay.toNanos();
        int doublings = Math.max(failedAttempts - 1, 0);
        long ceiling = this.maxDelay.toNanos();
        if (doublings < Long.numberOfLeadingZeros(base) - 1) {
            ceiling = Math.min(ceiling, base << doublings);
        }
        return Duration.ofNanos((long) (ceiling * random));
    }

}
