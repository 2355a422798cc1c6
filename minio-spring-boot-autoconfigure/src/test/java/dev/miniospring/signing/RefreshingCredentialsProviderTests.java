package dev.miniospring.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.miniospring.MinioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RefreshingCredentialsProvider}: when it loads, what it keeps on failure, and
 * that it never blocks signing without bound.
 */
class RefreshingCredentialsProviderTests {

    private static final MinioCredentials FIRST = new MinioCredentials("first", "first-secret");

    private static final MinioCredentials SECOND = new MinioCredentials("second", "second-secret", "second-token");

    private final MutableClock clock = new MutableClock();

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void loadsOnFirstUseAndKeepsTheCredentialsForTheRefreshInterval() {
        RefreshingCredentialsProvider provider = provider(() -> (this.loads.incrementAndGet() == 1) ? FIRST : SECOND);
        assertThat(this.loads).hasValue(0);
        assertThat(provider.credentials()).isEqualTo(FIRST);
        this.clock.advance(Duration.ofSeconds(59));
        assertThat(provider.credentials()).isEqualTo(FIRST);
        assertThat(this.loads).hasValue(1);
        this.clock.advance(Duration.ofSeconds(1));
        assertThat(provider.credentials()).isEqualTo(SECOND);
        assertThat(this.loads).hasValue(2);
    }

    @Test
    void keepsThePreviousCredentialsWhenARefreshFailsAndTriesAgainSoon() {
        RefreshingCredentialsProvider provider = provider(() -> switch (this.loads.incrementAndGet()) {
            case 1 -> FIRST;
            case 2 -> throw new IllegalStateException("file is being replaced");
            default -> SECOND;
        });
        provider.credentials();
        this.clock.advance(Duration.ofMinutes(1));
        assertThat(provider.credentials()).isEqualTo(FIRST);
        this.clock.advance(Duration.ofSeconds(4));
        assertThat(provider.credentials()).isEqualTo(FIRST);
        this.clock.advance(Duration.ofSeconds(1));
        assertThat(provider.credentials()).isEqualTo(SECOND);
    }

    @Test
    void failsWhenTheFirstLoadFails() {
        RefreshingCredentialsProvider provider = provider(() -> {
            throw new IllegalStateException("no such file");
        });
        assertThatExceptionOfType(MinioException.class).isThrownBy(provider::credentials)
            .withMessageContaining("Cannot load credentials: no such file");
    }

    @Test
    void othersSignWithThePreviousCredentialsWhileOneThreadRefreshes() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RefreshingCredentialsProvider provider = provider(() -> {
            if (this.loads.incrementAndGet() == 1) {
                return FIRST;
            }
            loading.countDown();
            await(release);
            return SECOND;
        });
        provider.credentials();
        this.clock.advance(Duration.ofMinutes(1));
        CompletableFuture<MinioCredentials> refreshing = CompletableFuture.supplyAsync(provider::credentials);
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(provider.credentials()).isEqualTo(FIRST);
        release.countDown();
        assertThat(refreshing.get(5, TimeUnit.SECONDS)).isEqualTo(SECOND);
        assertThat(provider.credentials()).isEqualTo(SECOND);
    }

    @Test
    void waitForAFirstLoadInAnotherThreadIsBounded() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RefreshingCredentialsProvider provider = new RefreshingCredentialsProvider(() -> {
            loading.countDown();
            await(release);
            return FIRST;
        }, Duration.ofMinutes(1), Duration.ofMillis(50), this.clock);
        CompletableFuture<MinioCredentials> first = CompletableFuture.supplyAsync(provider::credentials);
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatExceptionOfType(MinioException.class).isThrownBy(provider::credentials)
            .withMessageContaining("No credentials after waiting PT0.05S");
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(FIRST);
    }

    @Test
    void readsAndRereadsFiles(@TempDir Path directory) throws Exception {
        Path accessKey = Files.writeString(directory.resolve("access-key"), "file-access\n");
        Path secretKey = Files.writeString(directory.resolve("secret-key"), "file-secret\n");
        Path token = Files.writeString(directory.resolve("session-token"), " file-token ");
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.fromFiles(accessKey, secretKey, token,
                Duration.ofMillis(1));
        assertThat(provider.credentials()).isEqualTo(new MinioCredentials("file-access", "file-secret", "file-token"));
        Files.writeString(accessKey, "rotated-access");
        await().until(() -> provider.credentials().accessKey().equals("rotated-access"));
        assertThat(provider.toString()).doesNotContain("file-secret", "file-token");
    }

    @Test
    void rejectsANonPositiveRefreshInterval() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RefreshingCredentialsProvider(() -> FIRST, Duration.ZERO))
            .withMessageContaining("'refreshInterval' must be positive");
    }

    private RefreshingCredentialsProvider provider(Supplier<MinioCredentials> loader) {
        return new RefreshingCredentialsProvider(loader, Duration.ofMinutes(1), Duration.ofSeconds(5), this.clock);
    }

    private static org.awaitility.core.ConditionFactory await() {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now;
        }

    }

}
