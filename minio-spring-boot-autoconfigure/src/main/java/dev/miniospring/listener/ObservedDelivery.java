package dev.miniospring.listener;

import java.util.function.Consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.notification.NotificationRecord;

/**
 * Hands each event to a listener inside a {@code minio.listener} observation (tags
 * {@code listener}, {@code bucket}, {@code event}), and its exceptions to the error
 * handler, so that none reaches the subscription.
 */
final class ObservedDelivery implements Consumer<NotificationRecord> {

    static final String OBSERVATION_NAME = "minio.listener";

    private static final Log logger = LogFactory.getLog(ObservedDelivery.class);

    private final MinioListenerEndpoint endpoint;

    private final NotificationListener listener;

    private final MinioListenerErrorHandler errorHandler;

    private final ObservationRegistry observationRegistry;

    ObservedDelivery(MinioListenerEndpoint endpoint, NotificationListener listener,
            MinioListenerErrorHandler errorHandler, ObservationRegistry observationRegistry) {
        this.endpoint = endpoint;
        this.listener = listener;
        this.errorHandler = errorHandler;
        this.observationRegistry = observationRegistry;
    }

    @Override
    public void accept(NotificationRecord record) {
        Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
            .contextualName("minio.listener " + this.endpoint.id())
            .lowCardinalityKeyValue("listener", this.endpoint.id())
            .lowCardinalityKeyValue("bucket", this.endpoint.bucket())
            .lowCardinalityKeyValue("event", record.eventName());
        try {
            observation.observeChecked(() -> this.listener.onNotification(record));
        }
        catch (Exception ex) {
            handle(record, ex);
        }
    }

    private void handle(NotificationRecord record, Exception failure) {
        try {
            this.errorHandler.handleError(this.endpoint, record, failure);
        }
        catch (RuntimeException ex) {
            ex.addSuppressed(failure);
            logger.error("The error handler of MinIO listener " + this.endpoint.id() + " failed", ex);
        }
    }

}
