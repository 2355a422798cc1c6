package dev.miniospring.listener;

import dev.miniospring.notification.NotificationRecord;

/**
 * Handles the exceptions of {@link MinioListener} methods; the subscription goes on with
 * the next event.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MinioListenerErrorHandler {

    /**
     * Handles the failure of a listener on one event. An exception thrown here is logged
     * and dropped.
     * @param endpoint the listener
     * @param record the event it failed on
     * @param exception what it threw
     */
    void handleError(MinioListenerEndpoint endpoint, NotificationRecord record, Exception exception);

}
