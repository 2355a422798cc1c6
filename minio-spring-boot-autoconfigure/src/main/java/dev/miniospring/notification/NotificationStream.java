package dev.miniospring.notification;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.transport.Exchanges;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * The events of MinIO's listen extension as a blocking iterator that reconnects with backoff when the connection
 * drops, until it is closed; keep-alive records are skipped.
 *
 * <p>Iterate from one thread; {@link #close()} may be called from any thread and releases the connection.
 *
 * @since 0.1.0
 */
public final class NotificationStream implements Iterator<NotificationRecord>, AutoCloseable {

    private static final Log logger = LogFactory.getLog(NotificationStream.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The longest line accepted (1 MiB); MinIO's event records take a few KiB.
     */
    static final int MAX_LINE_LENGTH = 1024 * 1024;

    private final Supplier<ClientHttpResponse> connector;

    private final ListenSettings settings;

    private final String bucket;

    private final Deque<NotificationRecord> pending = new ArrayDeque<>();

    private final CountDownLatch closing = new CountDownLatch(1);

    private volatile boolean closed;

    private volatile @Nullable ClientHttpResponse response;

    private @Nullable BoundedLineReader reader;

    private Duration backoff;

    private long connectedAt;

    public NotificationStream(Supplier<ClientHttpResponse> connector, ListenSettings settings, String bucket) {
        this.connector = connector;
        this.settings = settings;
        this.bucket = bucket;
        this.backoff = settings.initialBackoff();
        connect();
    }

    /**
     * Waits for the next event.
     * @return {@code true} when an event arrived, {@code false} once the stream is closed
     * @throws MinioErrorResponseException when reconnecting is refused with a 4xx error
     * @throws MinioInvalidResponseException when the server does not speak MinIO's listen protocol
     */
    @Override
    public boolean hasNext() {
        while (this.pending.isEmpty()) {
            if (this.closed) {
                return false;
            }
            readLine();
        }
        return true;
    }

    /**
     * Returns the next event, waiting for it.
     * @return the event
     * @throws NoSuchElementException when the stream is closed
     */
    @Override
    public NotificationRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The notification stream of bucket " + this.bucket + " is closed");
        }
        return this.pending.removeFirst();
    }

    /**
     * Returns the events as a sequential stream that closes this iterator when it is closed.
     * @return the stream
     */
    public Stream<NotificationRecord> stream() {
        Spliterator<NotificationRecord> spliterator = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

    /**
     * Tells whether the stream was closed.
     * @return {@code true} after {@link #close()}
     */
    public boolean isClosed() {
        return this.closed;
    }

    /**
     * Stops listening and releases the connection; a blocked {@link #hasNext()} returns {@code false}.
     */
    @Override
    public void close() {
        this.closed = true;
        this.closing.countDown();
        closeResponse();
    }

    private void readLine() {
        String line;
        try {
            line = (this.reader != null) ? this.reader.readLine() : null;
        }
        catch (BoundedLineReader.LineTooLongException ex) {
            close();
            throw notAnEventStream(ex.getMessage());
        }
        catch (IOException ex) {
            logger.debug("Notification stream of bucket " + this.bucket + " interrupted", ex);
            line = null;
        }
        if (line == null) {
            reconnect();
        }
        else {
            receive(line.strip());
        }
    }

    private void receive(String text) {
        if (text.isEmpty()) {
            return;
        }
        JsonNode records = parse(text).path("Records");
        if (records.isArray()) {
            records.forEach((event) -> this.pending.add(NotificationRecord.of(event)));
        }
    }

    private JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        }
        catch (JacksonException ex) {
            close();
            throw notAnEventStream("'" + ((text.length() > 100) ? text.substring(0, 100) + "..." : text) + "'");
        }
    }

    private void reconnect() {
        closeResponse();
        if (System.nanoTime() - this.connectedAt >= this.settings.maxBackoff().toNanos()) {
            this.backoff = this.settings.initialBackoff();
        }
        while (!this.closed && !waitForClose(this.backoff)) {
            Duration doubled = this.backoff.multipliedBy(2);
            this.backoff = (doubled.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : doubled;
            if (tryConnect()) {
                return;
            }
        }
    }

    private boolean tryConnect() {
        try {
            connect();
            return true;
        }
        catch (RuntimeException ex) {
            if (!retryable(ex)) {
                close();
                throw ex;
            }
            logger.debug("Reconnecting the notification stream of bucket " + this.bucket + " failed", ex);
            return false;
        }
    }

    private static boolean retryable(RuntimeException ex) {
        return ex instanceof MinioTransportException
                || (ex instanceof MinioErrorResponseException error && error.statusCode() >= 500);
    }

    private boolean waitForClose(Duration timeout) {
        try {
            return this.closing.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            close();
            return true;
        }
    }

    private void connect() {
        ClientHttpResponse opened = this.connector.get();
        try {
            MediaType type = opened.getHeaders().getContentType();
            Assert.state(type == null || !type.getSubtype().contains("xml"), "listen answered with XML");
            InputStream stream = opened.getBody();
            this.reader = new BoundedLineReader(stream, MAX_LINE_LENGTH);
            this.response = opened;
            this.connectedAt = System.nanoTime();
        }
        catch (IllegalStateException ex) {
            opened.close();
            throw notAnEventStream("a " + opened.getHeaders().getContentType() + " document");
        }
        catch (IOException ex) {
            opened.close();
            throw new MinioTransportException("Cannot read the notification stream of bucket " + this.bucket, ex);
        }
        if (this.closed) {
            closeResponse();
        }
    }

    private MinioInvalidResponseException notAnEventStream(String received) {
        return new MinioInvalidResponseException(200, "The server answered the listen request on bucket " + this.bucket
                + " with " + received + " instead of MinIO's notification stream; listenBucketNotification is a"
                + " MinIO extension that other S3 servers do not implement");
    }

    private void closeResponse() {
        ClientHttpResponse current = this.response;
        this.response = null;
        if (current != null) {
            Exchanges.abort(current);
        }
    }

}
