package dev.miniospring.benchmarks.soak;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;

/**
 * What the soak's workers saw: operations and their longest duration, errors by kind, and
 * wrong results (results that were returned as success but were not what the server
 * holds).
 */
final class SoakStats {

    private final Map<String, LongAdder> operations = new ConcurrentHashMap<>();

    private final Map<String, AtomicLong> longest = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> wrongResults = new ConcurrentHashMap<>();

    void done(SoakOperation operation, Duration elapsed) {
        count(this.operations, operation.name());
        this.longest.computeIfAbsent(operation.name(), (name) -> new AtomicLong())
            .accumulateAndGet(elapsed.toMillis(), Math::max);
    }

    void failed(SoakOperation operation, Throwable failure) {
        count(this.errors, kind(failure));
    }

    /**
     * Counts a call that succeeded with a result that does not match the server's state.
     */
    void wrongResult(SoakOperation operation, String what) {
        count(this.wrongResults, operation.name() + ": " + what);
    }

    static String kind(Throwable failure) {
        if (failure instanceof MinioErrorResponseException error) {
            return error.getClass().getSimpleName() + " " + error.code();
        }
        if (failure instanceof MinioException) {
            return failure.getClass().getSimpleName();
        }
        return "NOT a MinioException: " + failure.getClass().getName();
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, (name) -> new LongAdder()).increment();
    }

    long operations() {
        return sum(this.operations);
    }

    long errors() {
        return sum(this.errors);
    }

    long wrongResults() {
        return sum(this.wrongResults);
    }

    Map<String, Long> operationCounts() {
        return sorted(this.operations);
    }

    Map<String, Long> errorCounts() {
        return sorted(this.errors);
    }

    Map<String, Long> wrongResultCounts() {
        return sorted(this.wrongResults);
    }

    long longestMillis(String operation) {
        AtomicLong value = this.longest.get(operation);
        return (value != null) ? value.get() : 0;
    }

    private static long sum(Map<String, LongAdder> counts) {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

}
