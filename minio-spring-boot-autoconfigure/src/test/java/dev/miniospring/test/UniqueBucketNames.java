package dev.miniospring.test;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique, valid bucket names so tests sharing one server never collide.
 */
public final class UniqueBucketNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private UniqueBucketNames() {
    }

    /**
     * Returns a bucket name not used before in this run.
     * @param purpose a short lower-case word describing the test
     * @return the name
     */
    public static String unique(String purpose) {
        return purpose + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

}
