package dev.miniospring.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.SilentServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Assertions on the read timeouts the {@link StallWatchdog} raises for untimed socket
 * reads: a call must fail within a bound, no sooner than the read timeout, with the
 * watchdog's {@link SocketTimeoutException} (whose cause is the failed read on the
 * connection it closed).
 */
final class WatchdogReadTimeouts {

    /** The read timeout the tests' templates are built with. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    /** The longest a timed-out call may take. */
    static final Duration BOUND = Duration.ofSeconds(5);

    private WatchdogReadTimeouts() {
    }

    /**
     * Makes two calls, each of which must fail in time with a read timeout that the
     * watchdog raised, on a connection of its own.
     * @param server the server that never answers
     * @param template the template connected to it
     * @param call the call
     */
    static void eachCallTimesOutOnANewConnection(SilentServer server, MinioTemplate template, Call call) {
        for (int calls = 1; calls <= 2; calls++) {
            SocketTimeoutException timeout = readTimeout(() -> call.on(template));
            assertThat(timeout).hasMessage("Read timed out").cause().isInstanceOf(IOException.class);
            assertThat(server.connections()).isEqualTo(calls);
        }
    }

    /**
     * Runs a call that must fail with a read timeout within the bound.
     * @param call the call
     * @return the read timeout
     */
    static SocketTimeoutException readTimeout(Callable<?> call) {
        long started = System.nanoTime();
        MinioTransportException failure = catchThrowableOfType(MinioTransportException.class,
                () -> assertTimeoutPreemptively(BOUND.multipliedBy(2), call::call));
        assertThat(failure).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(READ_TIMEOUT)
            .isLessThan(BOUND);
        assertThat(failure).hasCauseInstanceOf(SocketTimeoutException.class);
        return (SocketTimeoutException) failure.getCause();
    }

    /**
     * A call of the template.
     */
    @FunctionalInterface
    interface Call {

        Object on(MinioTemplate template) throws Exception;

    }

}
