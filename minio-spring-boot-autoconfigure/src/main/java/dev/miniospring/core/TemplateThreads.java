package dev.miniospring.core;

import java.util.concurrent.ThreadFactory;

import dev.miniospring.internal.upload.UploadSettings;

import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The threads a template starts for part uploads and notification subscriptions: platform
 * daemon threads, or virtual threads (Java 21 and later, through Spring's
 * {@link VirtualThreadTaskExecutor}, so that the code compiles on 17).
 */
final class TemplateThreads {

    private TemplateThreads() {
    }

    /**
     * Returns the thread factory.
     * @param virtual whether to start virtual threads
     * @return the factory
     * @throws IllegalStateException when virtual threads are asked for on a Java runtime
     * older than 21
     */
    static ThreadFactory of(boolean virtual) {
        if (!virtual) {
            return UploadSettings.PLATFORM_THREADS;
        }
        try {
            return new VirtualThreadTaskExecutor("minio-").getVirtualThreadFactory();
        }
        catch (UnsupportedOperationException ex) {
            throw new IllegalStateException(
                    "Virtual threads need Java 21 or later; this is Java " + Runtime.version().feature(), ex);
        }
    }

}
