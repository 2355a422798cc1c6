package dev.miniospring.http;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jspecify.annotations.Nullable;

/**
 * Tells whether the current thread is virtual, through {@code Thread.isVirtual()} looked
 * up at run time so that the code compiles and runs on Java 17 (where no thread is).
 */
final class VirtualThreads {

    private static final @Nullable MethodHandle IS_VIRTUAL = isVirtual();

    private VirtualThreads() {
    }

    static boolean isCurrent() {
        MethodHandle isVirtual = IS_VIRTUAL;
        if (isVirtual == null) {
            return false;
        }
        try {
            return (boolean) isVirtual.invokeExact(Thread.currentThread());
        }
        catch (Throwable ex) {
            throw new IllegalStateException("Thread.isVirtual() failed", ex);
        }
    }

    private static @Nullable MethodHandle isVirtual() {
        try {
            return MethodHandles.publicLookup()
                .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        }
        catch (NoSuchMethodException | IllegalAccessException ex) {
            return null;
        }
    }

}
