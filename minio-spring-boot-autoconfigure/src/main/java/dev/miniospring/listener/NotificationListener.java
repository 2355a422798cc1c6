package dev.miniospring.listener;

import dev.miniospring.notification.NotificationRecord;

/**
 * Receives the events of a {@link MinioListenerEndpoint}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface NotificationListener {

    /**
     * Handles one event.
     * @param record the event
     * @throws Exception any failure, handed to the {@link MinioListenerErrorHandler}
     */
    void onNotification(NotificationRecord record) throws Exception;

}
