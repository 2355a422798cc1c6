package dev.miniospring.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.net.ssl.SSLHandshakeException;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.http.RetryBudget;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.signing.RequestPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RetryPolicy} classification and backoff, and {@link Retrier} attempts, with a
 * recording sleeper.
 */
class RetrierTests {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final List<Long> sleeps = new ArrayList<>();

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));

    private final AtomicLong nanoTime = new AtomicLong();

    private final Retrier retrier = retrier(this.policy, new RetryTokens(RetryBudget.STANDARD));

    private final S3Request replayable = S3Request.builder(HttpMethod.PUT)
        .bucket("b")
        .key("k")
        .payload(RequestPayload.of(new byte[] { 1, 2, 3 }))
        .build();

    @Test
    void defaultsFollowAwsStandardMode() {
        assertThat(RetryPolicy.defaults()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(20),
                Duration.ofMinutes(2), new RetryBudget(500, 5, 10)));
        assertThat(RetryPolicy.none().maxAttempts()).isOne();
    }

    @Test
    void fullJitterBackoffDoublesUpToTheMaximum() {
        assertThat(this.policy.delay(1, null, 0.999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(this.policy.delay(2, null, 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(this.policy.delay(3, null, 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(this.policy.delay(10, null, 0.5)).isEqualTo(Duration.ofMillis(500));
        assertThat(this.policy.delay(200, null, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(this.policy.delay(1, null, 0.0)).isZero();
    }

    @Test
    void retryAfterIsHonouredAndCapped() {
        assertThat(this.policy.delay(1, Duration.ofMillis(700), 0.1)).isEqualTo(Duration.ofMillis(700));
        assertThat(this.policy.delay(1, Duration.ofMinutes(5), 0.1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
            .withMessageContaining("'maxAttempts' must be at least 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
            .withMessageContaining("'maxDelay' must not be shorter than 'baseDelay'");
    }

    @ParameterizedTest
    @ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
    void transientStatusesAreRetried(int status) {
        assertThat(this.policy.isTransient(error(status, "Whatever"))).isTrue();
        assertThat(this.policy.isTransient(new MinioInvalidResponseException(status, "proxy page"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "SlowDown", "InternalError", "RequestTimeout", "ThrottlingException", "Throttling",
            "RequestLimitExceeded", "ServiceUnavailable" })
    void transientCodesAreRetriedEvenInside200(String code) {
        assertThat(this.policy.isTransient(error(200, code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "NoSuchKey", "AccessDenied", "SignatureDoesNotMatch", "RequestTimeTooSkewed",
            "InvalidArgument", "PreconditionFailed" })
    void clientErrorsAreNotRetried(String code) {
        assertThat(this.policy.isTransient(error(400, code))).isFalse();
        assertThat(this.policy.isTransient(new MinioInvalidResponseException(404, "not found"))).isFalse();
    }

    @Test
    void ioFailuresAreRetriedButNotUnknownHostsOrTls() {
        assertThat(this.policy.isTransient(io(new ConnectException("refused")))).isTrue();
        assertThat(this.policy.isTransient(io(new IOException("Connection reset")))).isTrue();
        assertThat(this.policy.isTransient(io(new UnknownHostException("nowhere")))).isFalse();
        assertThat(this.policy.isTransient(io(new SSLHandshakeException("PKIX path building failed")))).isFalse();
        assertThat(this.policy.isTransient(new MinioException("other", null))).isFalse();
    }

    @Test
    void transientFailuresAreRetriedUntilSuccessWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        String result = this.retrier.execute(this.replayable, failTimes(2, calls, () -> error(503, "SlowDown")));
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(this.sleeps).containsExactly(50L, 100L);
    }

    @Test
    void givesUpAfterMaxAttemptsWithEarlierFailuresSuppressed() {
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(
                () -> this.retrier.execute(this.replayable, failTimes(99, calls, () -> error(500, "InternalError"))))
            .satisfies((ex) -> assertThat(ex.getSuppressed()).hasSize(1));
        assertThat(calls).hasValue(4);
        assertThat(this.sleeps).hasSize(3);
    }

    @Test
    void nonTransientFailureIsThrownAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(
                    () -> this.retrier.execute(this.replayable, failTimes(1, calls, () -> error(403, "AccessDenied"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("AccessDenied"));
        assertThat(calls).hasValue(1);
        assertThat(this.sleeps).isEmpty();
    }

    @Test
    void oneShotStreamIsNeverSentTwice() {
        S3Request streamed = S3Request.builder(HttpMethod.PUT)
            .bucket("b")
            .key("k")
            .payload(RequestPayload.unsigned(new ByteArrayInputStream(new byte[3]), 3))
            .build();
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.retrier.execute(streamed, failTimes(1, calls, () -> error(503, "SlowDown"))));
        assertThat(calls).hasValue(1);
    }

    @Test
    void retryAfterSecondsAndDatesAreUsed() {
        AtomicInteger calls = new AtomicInteger();
        this.retrier.execute(this.replayable, (attempt) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, (calls.get() == 0) ? "0" : "Fri, 27 Nov 2026 12:00:00 GMT");
            attempt.failedWith(headers);
            return failTimes(2, calls, () -> error(503, "SlowDown")).apply(attempt);
        });
        assertThat(this.sleeps).containsExactly(0L, 0L);
    }

    @Test
    void hugeRetryAfterIsCappedAtMaxDelay() {
        AtomicInteger calls = new AtomicInteger();
        this.retrier.execute(this.replayable, (attempt) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "3600");
            attempt.failedWith(headers);
            return failTimes(1, calls, () -> error(429, "SlowDown")).apply(attempt);
        });
        assertThat(this.sleeps).containsExactly(1000L);
    }

    @Test
    void timeoutsAreRecognised() {
        assertThat(RetryPolicy.isTimeout(io(new SocketTimeoutException("Read timed out")))).isTrue();
        assertThat(RetryPolicy.isTimeout(io(new HttpTimeoutException("request timed out")))).isTrue();
        assertThat(RetryPolicy.isTimeout(io(new ConnectException("refused")))).isFalse();
        assertThat(RetryPolicy.isTimeout(error(504, "GatewayTimeout"))).isFalse();
    }

    @Test
    void exhaustedBudgetFailsFurtherCallsWithoutRetrying() {
        RetryTokens tokens = new RetryTokens(new RetryBudget(12, 5, 10));
        Retrier budgeted = retrier(this.policy, tokens);
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> budgeted.execute(this.replayable, failTimes(99, calls, () -> error(503, "SlowDown"))));
        assertThat(calls).hasValue(3);
        assertThat(tokens.available()).isEqualTo(2);
        calls.set(0);
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> budgeted.execute(this.replayable, failTimes(99, calls, () -> error(503, "SlowDown"))));
        assertThat(calls).hasValue(1);
        assertThat(this.sleeps).hasSize(2);
    }

    @Test
    void retriesAfterTimeoutsCostMore() {
        RetryTokens tokens = new RetryTokens(new RetryBudget(25, 5, 10));
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(() -> retrier(this.policy, tokens)
            .execute(this.replayable, failTimes(99, calls, () -> io(new SocketTimeoutException("Read timed out")))));
        assertThat(calls).hasValue(3);
        assertThat(tokens.available()).isEqualTo(5);
    }

    @Test
    void successesGiveBackTheLastRetrysCostOrOneToken() {
        RetryTokens tokens = new RetryTokens(new RetryBudget(20, 5, 10));
        Retrier budgeted = retrier(this.policy, tokens);
        AtomicInteger calls = new AtomicInteger();
        budgeted.execute(this.replayable, failTimes(2, calls, () -> error(503, "SlowDown")));
        assertThat(tokens.available()).isEqualTo(15);
        budgeted.execute(this.replayable, (attempt) -> "ok");
        assertThat(tokens.available()).isEqualTo(16);
        for (int i = 0; i < 10; i++) {
            budgeted.execute(this.replayable, (attempt) -> "ok");
        }
        assertThat(tokens.available()).isEqualTo(20);
    }

    @Test
    void noRetryIsMadeThatCouldNotFinishWithinTheApiCallTimeout() {
        RetryPolicy bounded = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(10),
                RetryBudget.STANDARD);
        AtomicInteger calls = new AtomicInteger();
        assertThatExceptionOfType(MinioTransportException.class).isThrownBy(
                () -> retrier(bounded, new RetryTokens(bounded.budget())).execute(this.replayable, (attempt) -> {
                    calls.incrementAndGet();
                    this.nanoTime.addAndGet(Duration.ofSeconds(4).toNanos());
                    throw io(new SocketTimeoutException("Read timed out"));
                }));
        assertThat(calls).hasValue(2);
        assertThat(this.sleeps).containsExactly(50L);
    }

    @Test
    void invalidBudgetsAndApiCallTimeoutsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBudget(-1, 5, 10))
            .withMessageContaining("'capacity' must not be negative");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO, RetryBudget.STANDARD))
            .withMessageContaining("'apiCallTimeout' must be positive");
    }

    private Retrier retrier(RetryPolicy retryPolicy, RetryTokens tokens) {
        return new Retrier(retryPolicy, tokens, this.sleeps::add, () -> 0.5, Clock.fixed(NOW, ZoneOffset.UTC),
                this.nanoTime::get);
    }

    private static Function<Retrier.Attempt, String> failTimes(int failures, AtomicInteger calls,
            Supplier<MinioException> failure) {
        return (attempt) -> {
            if (calls.getAndIncrement() < failures) {
                throw failure.get();
            }
            return "ok";
        };
    }

    private static MinioErrorResponseException error(int status, String code) {
        return new MinioErrorResponseException(status, code, null, null, null, null, "b", "k");
    }

    private static MinioTransportException io(IOException cause) {
        return new MinioTransportException("I/O error", cause);
    }

}
