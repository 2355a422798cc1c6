package dev.miniospring.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.internal.upload.ProgressTracker;
import dev.miniospring.object.ByteRange;
import dev.miniospring.object.Conditions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.Assert;

/**
 * One download of an object in byte ranges fetched in parallel into a file: every range
 * GET is pinned to the object's ETag ({@code If-Match}), must answer exactly the range
 * asked for, and streams through a fixed-size buffer into its place in the file
 * (positional writes). The first failure stops the download: the ranges in flight are
 * aborted and no further range is asked for.
 */
final class ParallelRangeDownload {

    private static final int BUFFER_SIZE = 256 * 1024;

    private static final long POLL_MILLIS = 100;

    private static final long TERMINATION_WAIT_SECONDS = 10;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Function<GetObjectOptions, GetObjectResponse> ranges;

    private final StatObjectResponse object;

    private final GetObjectOptions pinned;

    private final DownloadSettings settings;

    private final Duration stallTimeout;

    private final ProgressTracker progress;

    private final long parts;

    private final AtomicLong nextPart = new AtomicLong();

    private final Set<GetObjectResponse> open = ConcurrentHashMap.newKeySet();

    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private volatile long lastProgress;

    /**
     * Prepares the download of an object larger than one part.
     * @param ranges opens a GetObject with the given options
     * @param object the object, as a HeadObject answered it: its size and the ETag every
     * range is pinned to
     * @param read the caller's read options: version, SSE-C key, request headers and
     * progress listener
     * @param settings the part size, concurrency and threads
     * @param stallTimeout the longest time without a byte received by any range
     */
    ParallelRangeDownload(Function<GetObjectOptions, GetObjectResponse> ranges, StatObjectResponse object,
            GetObjectOptions read, DownloadSettings settings, Duration stallTimeout) {
        Assert.isTrue(!object.etag().isEmpty() && object.size() > settings.partSize(),
                "'object' must have an ETag and more than one part");
        this.ranges = ranges;
        this.object = object;
        this.pinned = read.withConditions(Conditions.none().withMatchETag(object.etag()))
            .withProgressListener(ProgressListener.NONE);
        this.settings = settings;
        this.stallTimeout = stallTimeout;
        this.progress = new ProgressTracker(object.bucket(), object.key(), object.size(), read.listener());
        this.parts = (object.size() + settings.partSize() - 1) / settings.partSize();
    }

    /**
     * Downloads every range into a file.
     * @param file the empty file to write
     * @throws IOException when the file cannot be written
     * @throws MinioException when a range fails, or no byte arrives for the stall timeout
     */
    void writeTo(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            run(channel);
            if (channel.size() != this.object.size()) {
                throw new IOException("wrote " + channel.size() + " of " + this.object.size() + " bytes");
            }
        }
        this.progress.downloaded(0, true);
    }

    private void run(FileChannel channel) throws IOException {
        int workers = (int) Math.min(this.settings.concurrency(), this.parts);
        ExecutorService executor = Executors.newFixedThreadPool(workers, this::thread);
        try {
            await(start(executor, workers, channel));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            fail(new MinioException("Interrupted while downloading " + this, ex));
        }
        finally {
            stop(executor);
        }
        rethrow();
    }

    private List<Future<?>> start(ExecutorService executor, int workers, FileChannel channel) {
        List<Future<?>> futures = new ArrayList<>(workers);
        this.lastProgress = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            futures.add(executor.submit(() -> work(channel)));
        }
        return futures;
    }

    private Thread thread(Runnable task) {
        Thread thread = this.settings.threads().newThread(task);
        thread.setName("minio-download-" + THREADS.incrementAndGet());
        return thread;
    }

    private void work(FileChannel channel) {
        byte[] buffer = new byte[BUFFER_SIZE];
        try {
            long part;
            while (this.failure.get() == null && (part = this.nextPart.getAndIncrement()) < this.parts) {
                long offset = part * this.settings.partSize();
                fetch(new ByteRange(offset, Math.min(this.settings.partSize(), this.object.size() - offset)), channel,
                        buffer);
            }
        }
        catch (IOException | RuntimeException | Error ex) {
            fail(ex);
        }
    }

    private void fetch(ByteRange range, FileChannel channel, byte[] buffer) throws IOException {
        GetObjectResponse body = this.ranges.apply(this.pinned.withRange(range.offset(), range.length()));
        this.open.add(body);
        try {
            if (this.failure.get() == null) {
                check(range, body);
                copy(body, range, channel, buffer);
            }
        }
        finally {
            this.open.remove(body);
            body.close();
        }
    }

    private void check(ByteRange range, GetObjectResponse body) {
        try {
            RangeHeader.checkExact(range, this.object.size(), body.headers());
            Assert.isTrue(this.object.etag().equals(body.stat().etag()), () -> "ETag '" + body.stat().etag()
                    + "' is not the ETag '" + this.object.etag() + "' the download is pinned to");
        }
        catch (IllegalArgumentException ex) {
            throw invalid(range, ex.getMessage(), ex);
        }
    }

    private void copy(GetObjectResponse body, ByteRange range, FileChannel channel, byte[] buffer) throws IOException {
        long position = range.offset();
        long end = range.offset() + range.length();
        while (position < end) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, end - position));
            if (read < 0) {
                throw invalid(range, "the body ended after " + (position - range.offset()) + " bytes", null);
            }
            write(channel, ByteBuffer.wrap(buffer, 0, read), position);
            position += read;
        }
        if (body.read() >= 0) {
            throw invalid(range, "the body is longer than the range", null);
        }
    }

    private void write(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        int length = bytes.remaining();
        for (long at = position; bytes.hasRemaining();) {
            at += channel.write(bytes, at);
        }
        this.lastProgress = System.nanoTime();
        this.progress.downloaded(length, false);
    }

    private MinioInvalidResponseException invalid(ByteRange range, String problem, @Nullable Throwable cause) {
        return new MinioInvalidResponseException(HttpStatus.PARTIAL_CONTENT.value(),
                "Invalid answer to " + RangeHeader.value(range) + " of " + this + ": " + problem, cause);
    }

    private void fail(Throwable failure) {
        if (this.failure.compareAndSet(null, failure)) {
            this.open.forEach(GetObjectResponse::close);
        }
    }

    private void await(List<Future<?>> workers) throws InterruptedException {
        for (Future<?> worker : workers) {
            while (!finished(worker)) {
                if (this.failure.get() != null) {
                    return;
                }
                if (System.nanoTime() - this.lastProgress > this.stallTimeout.toNanos()) {
                    fail(new MinioTransportException(
                            "No range of " + this + " received a byte for " + this.stallTimeout
                                    + "; the download was stopped",
                            new TimeoutException("stalled for " + this.stallTimeout)));
                    return;
                }
            }
        }
    }

    private static boolean finished(Future<?> worker) throws InterruptedException {
        try {
            worker.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        }
        catch (TimeoutException ex) {
            return false;
        }
        catch (ExecutionException ex) {
            return true;
        }
    }

    private void stop(ExecutorService executor) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(TERMINATION_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable failure = this.failure.get();
        if (failure instanceof MinioErrorResponseException error
                && error.statusCode() == HttpStatus.PRECONDITION_FAILED.value()) {
            throw new MinioException(
                    this + " changed while it was downloaded (its ETag is no longer '" + this.object.etag() + "')",
                    error);
        }
        if (failure instanceof IOException ex) {
            throw ex;
        }
        if (failure instanceof RuntimeException ex) {
            throw ex;
        }
        if (failure instanceof Error ex) {
            throw ex;
        }
    }

    @Override
    public String toString() {
        return this.object.bucket() + "/" + this.object.key();
    }

}
