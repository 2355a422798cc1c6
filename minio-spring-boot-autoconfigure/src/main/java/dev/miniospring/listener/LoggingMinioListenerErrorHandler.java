package dev.miniospring.listener;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.notification.NotificationRecord;

/**
 * The default {@link MinioListenerErrorHandler}: logs the failure at error level, naming
 * the listener, event and key.
 *
 * @since 0.1.0
 */
public class LoggingMinioListenerErrorHandler implements MinioListenerErrorHandler {

    private static final Log logger = LogFactory.getLog(LoggingMinioListenerErrorHandler.class);

    @Override
    public void handleError(MinioListenerEndpoint endpoint, NotificationRecord record, Exception exception) {
        logger.error("MinIO listener " + endpoint.id() + " failed on " + record.eventName() + " of " + record.bucket()
                + "/" + record.key(), exception);
    }

}
