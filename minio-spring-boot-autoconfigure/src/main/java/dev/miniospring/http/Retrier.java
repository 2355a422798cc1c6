package dev.miniospring.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Runs the attempts of one request under a {@link RetryPolicy}, sleeping between them; only requests whose body can
 * be sent again are retried.
 */
final class Retrier {

    private static final Log logger = LogFactory.getLog(Retrier.class);

    private final RetryPolicy policy;

    private final Sleeper sleeper;

    private final DoubleSupplier random;

    private final Clock clock;

    Retrier(RetryPolicy policy) {
        this(policy, Thread::sleep, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock) {
        Assert.notNull(policy, "'retryPolicy' must not be null");
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
    }

    RetryPolicy policy() {
        return this.policy;
    }

    <T> T execute(S3Request request, Function<Attempt, T> call) {
        MinioException previous = null;
        for (int number = 1;; number++) {
            Attempt attempt = new Attempt();
            try {
                return call.apply(attempt);
            }
            catch (MinioException ex) {
                if (previous != null && previous != ex) {
                    ex.addSuppressed(previous);
                }
                if (!mayRetry(request, number, ex)) {
                    throw ex;
                }
                backOff(request, number, attempt, ex);
                previous = ex;
            }
        }
    }

    private boolean mayRetry(S3Request request, int failedAttempts, MinioException failure) {
        return failedAttempts < this.policy.maxAttempts() && request.payload().replayable()
                && this.policy.isTransient(failure);
    }

    private void backOff(S3Request request, int failedAttempts, Attempt attempt, MinioException failure) {
        Duration delay = this.policy.delay(failedAttempts, retryAfter(attempt.retryAfter), this.random.getAsDouble());
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
     * What one attempt learned from the server that bears on the next: its {@code Retry-After} header.
     */
    static final class Attempt {

        private @Nullable String retryAfter;

        void failedWith(HttpHeaders headers) {
            this.retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        }

    }

}
