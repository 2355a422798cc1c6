package dev.miniospring.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioException;

import org.springframework.util.Assert;

/**
 * A {@link MinioCredentialsProvider} that loads credentials (for example from files that
 * Kubernetes updates when a secret rotates) and loads them again once they are older than
 * the refresh interval.
 *
 * <p>
 * Thread-safe. One thread loads while the others keep signing with the previous
 * credentials; only when there are none yet do they wait for the load, at most the load
 * timeout. When a refresh fails, the previous credentials are kept and the load is tried
 * again after at most 5 seconds.
 *
 * @since 0.1.0
 */
public final class RefreshingCredentialsProvider implements MinioCredentialsProvider {

    private static final Log logger = LogFactory.getLog(RefreshingCredentialsProvider.class);

    private static final Duration DEFAULT_LOAD_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Supplier<MinioCredentials> loader;

    private final Duration refreshInterval;

    private final Duration loadTimeout;

    private final Clock clock;

    private final ReentrantLock lock = new ReentrantLock();

    private volatile @Nullable Loaded current;

    /**
     * Creates a provider that loads credentials when first asked and again after each
     * refresh interval.
     * @param loader loads the credentials (and throws when it cannot)
     * @param refreshInterval how long loaded credentials are used before they are loaded
     * again
     */
    public RefreshingCredentialsProvider(Supplier<MinioCredentials> loader, Duration refreshInterval) {
        this(loader, refreshInterval, DEFAULT_LOAD_TIMEOUT, Clock.systemUTC());
    }

    RefreshingCredentialsProvider(Supplier<MinioCredentials> loader, Duration refreshInterval, Duration loadTimeout,
            Clock clock) {
        Assert.notNull(loader, "'loader' must not be null");
        Assert.isTrue(refreshInterval != null && refreshInterval.compareTo(Duration.ZERO) > 0,
                () -> "'refreshInterval' must be positive (is " + refreshInterval + ")");
        this.loader = loader;
        this.refreshInterval = refreshInterval;
        this.loadTimeout = loadTimeout;
        this.clock = clock;
    }

    /**
     * Returns a provider that reads the keys from files, one value per file, such as the
     * files of a Kubernetes secret mounted as a volume; surrounding whitespace is
     * ignored.
     * @param accessKeyFile the file of the access key
     * @param secretKeyFile the file of the secret key
     * @param sessionTokenFile the file of the session token, or {@code null} for
     * long-term keys
     * @param refreshInterval how often the files are read again
     * @return the provider
     */
    public static RefreshingCredentialsProvider fromFiles(Path accessKeyFile, Path secretKeyFile,
            @Nullable Path sessionTokenFile, Duration refreshInterval) {
        Assert.notNull(accessKeyFile, "'accessKeyFile' must not be null");
        Assert.notNull(secretKeyFile, "'secretKeyFile' must not be null");
        return new RefreshingCredentialsProvider(() -> new MinioCredentials(read(accessKeyFile), read(secretKeyFile),
                (sessionTokenFile != null) ? read(sessionTokenFile) : null), refreshInterval);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read credentials file " + file, ex);
        }
    }

    @Override
    public MinioCredentials credentials() {
        Loaded loaded = this.current;
        if (loaded != null && this.clock.instant().isBefore(loaded.refreshAt())) {
            return loaded.credentials();
        }
        return refresh(loaded);
    }

    private MinioCredentials refresh(@Nullable Loaded previous) {
        if (!acquire(previous)) {
            if (previous != null) {
                return previous.credentials();
            }
            throw new MinioException(
                    "No credentials after waiting " + this.loadTimeout + " for another thread loading them", null);
        }
        try {
            Loaded loaded = this.current;
            if (loaded != null && this.clock.instant().isBefore(loaded.refreshAt())) {
                return loaded.credentials();
            }
            return load(loaded);
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean acquire(@Nullable Loaded previous) {
        if (previous != null) {
            return this.lock.tryLock();
        }
        try {
            return this.lock.tryLock(this.loadTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MinioException("Interrupted while waiting for credentials", ex);
        }
    }

    private MinioCredentials load(@Nullable Loaded previous) {
        Instant now = this.clock.instant();
        try {
            MinioCredentials credentials = this.loader.get();
            Assert.state(credentials != null, "The credentials loader returned null");
            this.current = new Loaded(credentials, now.plus(this.refreshInterval));
            return credentials;
        }
        catch (RuntimeException ex) {
            if (previous == null) {
                throw new MinioException("Cannot load credentials: " + ex.getMessage(), ex);
            }
            Duration retry = (this.refreshInterval.compareTo(RETRY_AFTER_FAILURE) < 0) ? this.refreshInterval
                    : RETRY_AFTER_FAILURE;
            logger.warn("Cannot refresh credentials, signing with the previous ones and trying again in " + retry + ": "
                    + ex.getMessage());
            this.current = new Loaded(previous.credentials(), now.plus(retry));
            return previous.credentials();
        }
    }

    @Override
    public String toString() {
        return "RefreshingCredentialsProvider[refreshInterval=" + this.refreshInterval + "]";
    }

    private record Loaded(MinioCredentials credentials, Instant refreshAt) {

        @Override
        public String toString() {
            return "Loaded[" + this.credentials + ", refreshAt=" + this.refreshAt + "]";
        }

    }

}
