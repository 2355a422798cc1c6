package dev.miniospring.test;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;

/**
 * Measures the heap memory the current thread allocates while it runs an action (HotSpot
 * counts it per thread, in TLAB-sized steps).
 */
public final class Allocations {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    /**
     * Runs an action and returns the bytes the current thread allocated meanwhile.
     * @param action the action
     * @return the allocated bytes
     * @throws IOException when the action fails
     */
    public static long allocatedBy(Action action) throws IOException {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        action.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * An action whose allocations are measured.
     */
    @FunctionalInterface
    public interface Action {

        /**
         * Runs the action.
         * @throws IOException when it fails
         */
        void run() throws IOException;

    }

}
