package dev.miniospring.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import dev.miniospring.testserver.fault.FaultProxy;
import org.jspecify.annotations.Nullable;

/**
 * Runs a call on its own thread and measures it; a call still running well past its bound
 * is ended by closing the proxy (which ends every stall), so that a hang is reported as
 * such instead of hanging the suite.
 *
 * @param value the call's result, or {@code null}
 * @param failure what the call threw, or {@code null}
 * @param elapsed how long the call took
 * @param overran whether the call had to be ended by closing the proxy
 * @param stack where the call was when its bound ran out (empty unless it overran)
 */
record BoundedCall(@Nullable Object value, @Nullable Throwable failure, Duration elapsed, boolean overran,
        String stack) {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private static final Duration AFTER_CLOSE = Duration.ofSeconds(20);

    private static final int STACK_FRAMES = 25;

    static BoundedCall run(Callable<?> call, Duration bound, FaultProxy proxy) throws InterruptedException {
        CompletableFuture<BoundedCall> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> future.complete(measure(call)), "fault-row-call");
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get(bound.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            String stack = stack(thread);
            proxy.close();
            return overran(future, stack);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        }
    }

    private static BoundedCall overran(CompletableFuture<BoundedCall> future, String stack)
            throws InterruptedException {
        try {
            BoundedCall ended = future.get(AFTER_CLOSE.toMillis(), TimeUnit.MILLISECONDS);
            return new BoundedCall(ended.value(), ended.failure(), ended.elapsed(), true, stack);
        }
        catch (TimeoutException | ExecutionException ex) {
            return new BoundedCall(null, ex, Duration.ofDays(1), true, stack);
        }
    }

    private static String stack(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
            .limit(STACK_FRAMES)
            .map(String::valueOf)
            .collect(Collectors.joining("\n\tat ", "\n\tat ", ""));
    }

    private static BoundedCall measure(Callable<?> call) {
        long start = System.nanoTime();
        try {
            Object value = call.call();
            return new BoundedCall(value, null, Duration.ofNanos(System.nanoTime() - start), false, "");
        }
        catch (Throwable ex) {
            return new BoundedCall(null, ex, Duration.ofNanos(System.nanoTime() - start), false, "");
        }
    }

}
