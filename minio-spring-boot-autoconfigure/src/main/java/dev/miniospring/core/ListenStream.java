package dev.miniospring.core;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
import dev.miniospring.notification.ListenSettings;
import dev.miniospring.notification.NotificationRecord;
import dev.miniospring.notification.NotificationStream;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * The {@link NotificationStream} of a {@code listenBucketNotification}: reads MinIO's
 * newline-delimited JSON records from a connection, and reconnects with backoff when the
 * connection drops, until it is closed.
 */
final class ListenStream implements NotificationStream {

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

    /**
     * Opens the stream: connects once, and again whenever the connection drops.
     * @param connector opens a connection to the listen endpoint
     * @param settings the backoff of reconnections
     * @param bucket the bucket, for messages
     */
    ListenStream(Supplier<ClientHttpResponse> connector, ListenSettings settings, String bucket) {
        this.connector = connector;
        this.settings = settings;
        this.bucket = bucket;
        this.backoff = settings.initialBackoff();
        connect();
    }

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

    @Override
    public NotificationRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The notification stream of bucket " + this.bucket + " is closed");
        }
        return this.pending.removeFirst();
    }

    @Override
    public boolean isClosed() {
        return this.closed;
    }

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
        return new MinioInvalidResponseException(200,
                "The server answered the listen request on bucket " + this.bucket + " with " + received
                        + " instead of MinIO's notification stream; listenBucketNotification is a"
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
