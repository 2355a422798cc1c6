package dev.miniospring.notification;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of MinIO's listen extension as a blocking iterator that reconnects with
 * backoff when the connection drops, until it is closed; keep-alive records are skipped.
 * Returned by {@code listenBucketNotification}.
 *
 * <p>
 * Iterate from one thread; {@link #close()} may be called from any thread and releases
 * the connection.
 *
 * @since 0.1.0
 */
public interface NotificationStream extends Iterator<NotificationRecord>, AutoCloseable {

    /**
     * Waits for the next event.
     * @return {@code true} when an event arrived, {@code false} once the stream is closed
     * @throws dev.miniospring.MinioErrorResponseException when reconnecting is refused
     * with a 4xx error
     * @throws dev.miniospring.MinioInvalidResponseException when the server does not
     * speak MinIO's listen protocol
     */
    @Override
    boolean hasNext();

    /**
     * Returns the next event, waiting for it.
     * @return the event
     * @throws NoSuchElementException when the stream is closed
     */
    @Override
    NotificationRecord next();

    /**
     * Tells whether the stream was closed.
     * @return {@code true} after {@link #close()}
     */
    boolean isClosed();

    /**
     * Stops listening and releases the connection; a blocked {@link #hasNext()} returns
     * {@code false}.
     */
    @Override
    void close();

    /**
     * Returns the events as a sequential stream that closes this iterator when it is
     * closed.
     * @return the stream
     */
    default Stream<NotificationRecord> stream() {
        Spliterator<NotificationRecord> spliterator = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

}
