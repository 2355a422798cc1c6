package dev.miniospring.internal.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;
import dev.miniospring.http.RetryPolicy;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Runs the attempts of one request under a {@link RetryPolicy}, sleeping between them;
 * only requests whose body can be sent again are retried, and only while the API call
 * timeout and the shared {@link dev.miniospring.http.RetryBudget} allow it.
 */
final class Retrier {

    private static final Log logger = LogFactory.getLog(Retrier.class);

    private final RetryPolicy policy;

    private final RetryTokens tokens;

    private final Sleeper sleeper;

    private final DoubleSupplier random;

    private final Clock clock;

    private final LongSupplier nanoTime;

    Retrier(RetryPolicy policy) {
        this(policy, new RetryTokens(policy.budget()), Thread::sleep, () -> ThreadLocalRandom.current().nextDouble(),
                Clock.systemUTC(), System::nanoTime);
    }

    Retrier(RetryPolicy policy, RetryTokens tokens, Sleeper sleeper, DoubleSupplier random, Clock clock,
            LongSupplier nanoTime) {
        Assert.notNull(policy, "'retryPolicy' must not be null");
        this.policy = policy;
        this.tokens = tokens;
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    RetryPolicy policy() {
        return this.policy;
    }

    /**
     * Returns a retrier with another policy that draws from the same retry budget.
     */
    Retrier withPolicy(RetryPolicy retryPolicy) {
        return new Retrier(retryPolicy, this.tokens, this.sleeper, this.random, this.clock, this.nanoTime);
    }

    <T> T execute(S3Request request, Function<Attempt, T> call) {
        long start = this.nanoTime.getAsLong();
        MinioException previous = null;
        int retryCost = 0;
        for (int number = 1;; number++) {
            Attempt attempt = new Attempt(this.nanoTime.getAsLong());
            try {
                T result = call.apply(attempt);
                this.tokens.succeeded(retryCost);
                return result;
            }
            catch (MinioException ex) {
                if (previous != null && previous != ex) {
                    ex.addSuppressed(previous);
                }
                Duration delay = this.policy.delay(number, retryAfter(attempt.retryAfter), this.random.getAsDouble());
                retryCost = payForRetry(request, number, ex, start, attempt, delay);
                backOff(request, number, delay, ex);
                previous = ex;
            }
        }
    }

    /**
     * Decides on a retry and takes its tokens from the budget.
     * @return the tokens taken
     * @throws MinioException the failure, when it is not retried
     */
    private int payForRetry(S3Request request, int failedAttempts, MinioException failure, long start, Attempt attempt,
            Duration delay) {
        if (!mayRetry(request, failedAttempts, failure)) {
            throw failure;
        }
        long now = this.nanoTime.getAsLong();
        if (now - start + delay.toNanos() + (now - attempt.started) > this.policy.apiCallTimeout().toNanos()) {
            throw notRetried(request, failure, "a retry could not finish within the API call timeout of "
                    + this.policy.apiCallTimeout().toMillis() + " ms");
        }
        int cost = this.tokens.takeRetry(RetryPolicy.isTimeout(failure));
        if (cost < 0) {
            throw notRetried(request, failure, "the retry budget is exhausted");
        }
        return cost;
    }

    private boolean mayRetry(S3Request request, int failedAttempts, MinioException failure) {
        return failedAttempts < this.policy.maxAttempts() && request.payload().replayable()
                && this.policy.isTransient(failure);
    }

    private static MinioException notRetried(S3Request request, MinioException failure, String reason) {
        if (logger.isDebugEnabled()) {
            logger.debug("Not retrying " + request + " (" + reason + ") after: " + failure.getMessage());
        }
        return failure;
    }

    private void backOff(S3Request request, int failedAttempts, Duration delay, MinioException failure) {
        if (logger.isDebugEnabled()) {
            logger.debug("Retrying " + request + " in " + delay.toMillis() + " ms (attempt " + (failedAttempts + 1)
                    + " of " + this.policy.maxAttempts() + ") after: " + failure.getMessage());
        }
        try {
            this.sleeper.sleep(delay.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(ex);
            throw failure;
        }
    }

    private @Nullable Duration retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        }
        catch (NumberFormatException ex) {
            return retryAfterDate(value.strip());
        }
    }

    private @Nullable Duration retryAfterDate(String value) {
        try {
            Duration delay = Duration.between(this.clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return delay.isNegative() ? Duration.ZERO : delay;
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * Waits between two attempts.
     */
    @FunctionalInterface
    interface Sleeper {

        void sleep(long millis) throws InterruptedException;

    }

    /**
     * One attempt: when it started, and what it learned from the server that bears on the
     * next: its {@code Retry-After} header.
     */
    static final class Attempt {

        private final long started;

        private @Nullable String retryAfter;

        Attempt(long started) {
            this.started = started;
        }

        void failedWith(HttpHeaders headers) {
            this.retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        }

    }

}
