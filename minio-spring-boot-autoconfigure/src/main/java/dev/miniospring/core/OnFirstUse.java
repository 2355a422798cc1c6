package dev.miniospring.core;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value created by the first caller that needs it and shared by all callers after it:
 * created once, also when several threads ask at once; once created, {@link #get} is one
 * volatile read, without a lock.
 *
 * @param <T> the type of the value
 */
final class OnFirstUse<T> {

    private volatile @Nullable T value;

    /**
     * Returns the value, creating it on the first call.
     * @param factory creates the value; called at most once
     * @return the value
     */
    T get(Supplier<T> factory) {
        T current = this.value;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            current = this.value;
            if (current == null) {
                current = factory.get();
                this.value = current;
            }
            return current;
        }
    }

}
