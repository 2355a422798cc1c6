package dev.miniospring.internal.upload;

import java.util.concurrent.ThreadFactory;

import org.jspecify.annotations.Nullable;

import dev.miniospring.http.PayloadSigning;
import dev.miniospring.object.ChecksumAlgorithm;

import org.springframework.util.Assert;

/**
 * How uploads are split and parallelized. An upload holds at most
 * {@code partSize × (concurrency + 1)} bytes in memory: {@code concurrency} parts in
 * flight and one being read from the caller's stream. All uploads of the JVM together
 * hold no more part buffers than fit in a third of the maximum heap: an upload gets
 * further buffers only while they fit (trading parallelism for memory), and waits at most
 * 5 minutes for its first one while other uploads hold the memory (a single buffer larger
 * than the budget is granted when no other is held).
 *
 * @param partSize the size of the parts of a multipart upload: 5 MiB to 5 GiB as S3
 * requires, and at most 2047 MiB as each part is buffered in one array; objects up to
 * this size are sent in one PUT. For a known length the part size grows when the object
 * would otherwise need more than 10,000 parts; for an unknown length it is used as is,
 * which caps the object at {@code partSize × 10,000} bytes
 * @param concurrency the number of parts uploaded in parallel, at least 1
 * @param payloadSigning how upload bodies are protected: {@link PayloadSigning#SIGNED} or
 * {@link PayloadSigning#CHECKSUM}, already chosen for the endpoint
 * @param partThreads creates the threads that upload the parts of a multipart upload
 * @param checksumAlgorithm the checksum of uploads that do not choose one, or
 * {@code null} for none with signed payloads and CRC32C with
 * {@link PayloadSigning#CHECKSUM}
 * @since 0.1.0
 */
public record UploadSettings(long partSize, int concurrency, PayloadSigning payloadSigning, ThreadFactory partThreads,
        @Nullable ChecksumAlgorithm checksumAlgorithm) {

    /**
     * The smallest part size S3 accepts (5 MiB).
     */
    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    /**
     * The largest part size S3 accepts (5 GiB).
     */
    public static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;

    /**
     * The largest part size this client can buffer: a part is held in one Java array (2
     * GiB - 1 MiB).
     */
    public static final long MAX_BUFFERED_PART_SIZE = 2047L * 1024 * 1024;

    /**
     * The default part size (16 MiB).
     */
    public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;

    /**
     * The default number of parts uploaded in parallel.
     */
    public static final int DEFAULT_CONCURRENCY = 4;

    /**
     * Starts platform daemon threads, the default threads of part uploads.
     */
    public static final ThreadFactory PLATFORM_THREADS = (task) -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    };

    public UploadSettings {
        if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
            throw new IllegalArgumentException(
                    "'partSize' must be between 5 MiB and 5 GiB (is " + partSize + " bytes)");
        }
        if (partSize > MAX_BUFFERED_PART_SIZE) {
            throw new IllegalArgumentException("'partSize' must be at most 2047 MiB (is " + partSize
                    + " bytes): parts are buffered in memory in one array");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("'uploadConcurrency' must be at least 1 (is " + concurrency + ")");
        }
        Assert.notNull(payloadSigning, "'payloadSigning' must not be null");
        Assert.isTrue(payloadSigning != PayloadSigning.AUTO, "'payloadSigning' must be chosen for the endpoint");
        Assert.notNull(partThreads, "'partThreads' must not be null");
    }

    /**
     * Creates settings without a template-wide checksum algorithm.
     * @param partSize the part size
     * @param concurrency the number of parts uploaded in parallel
     * @param payloadSigning how upload bodies are protected
     * @param partThreads creates the threads that upload the parts
     */
    public UploadSettings(long partSize, int concurrency, PayloadSigning payloadSigning, ThreadFactory partThreads) {
        this(partSize, concurrency, payloadSigning, partThreads, null);
    }

    /**
     * Creates settings whose parts are uploaded on platform daemon threads.
     * @param partSize the part size
     * @param concurrency the number of parts uploaded in parallel
     * @param payloadSigning how upload bodies are protected
     */
    public UploadSettings(long partSize, int concurrency, PayloadSigning payloadSigning) {
        this(partSize, concurrency, payloadSigning, PLATFORM_THREADS);
    }

    /**
     * Creates settings whose upload bodies are {@link PayloadSigning#SIGNED signed}.
     * @param partSize the part size
     * @param concurrency the number of parts uploaded in parallel
     */
    public UploadSettings(long partSize, int concurrency) {
        this(partSize, concurrency, PayloadSigning.SIGNED);
    }

    /**
     * Returns the checksum of an upload: the one it asks for, else the template's, else
     * CRC32C when bodies are sent unsigned (they must carry a checksum the server
     * verifies), else none.
     * @param asked the algorithm the upload's options ask for, or {@code null}
     * @return the algorithm, or {@code null} for none
     */
    public @Nullable ChecksumAlgorithm checksumOf(@Nullable ChecksumAlgorithm asked) {
        if (asked != null) {
            return asked;
        }
        if (this.checksumAlgorithm != null) {
            return this.checksumAlgorithm;
        }
        return (this.payloadSigning == PayloadSigning.CHECKSUM) ? ChecksumAlgorithm.CRC32C : null;
    }

    /**
     * Returns the defaults: 16 MiB parts, 4 in flight.
     * @return the default settings
     */
    public static UploadSettings defaults() {
        return new UploadSettings(DEFAULT_PART_SIZE, DEFAULT_CONCURRENCY);
    }

}
