package dev.miniospring.internal.upload;

import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.TransferProgress;

/**
 * Adds up the bytes of one transfer and reports them to a {@link ProgressListener}, one
 * report at a time.
 *
 * @since 0.1.0
 */
public final class ProgressTracker {

    private static final long DOWNLOAD_REPORT_INTERVAL = 1024 * 1024;

    private final String bucket;

    private final String key;

    private final long totalBytes;

    private final ProgressListener listener;

    private long transferred;

    private long reported;

    private int parts;

    private boolean ended;

    public ProgressTracker(String bucket, String key, long totalBytes, ProgressListener listener) {
        this.bucket = bucket;
        this.key = key;
        this.totalBytes = totalBytes;
        this.listener = listener;
    }

    public synchronized void uploaded(long bytes) {
        this.transferred += bytes;
        report();
    }

    public synchronized void partUploaded(long bytes) {
        this.parts++;
        uploaded(bytes);
    }

    public synchronized void downloaded(long bytes, boolean end) {
        this.transferred += bytes;
        if (end && !this.ended) {
            this.ended = true;
            report();
        }
        else if (!end && this.transferred - this.reported >= DOWNLOAD_REPORT_INTERVAL) {
            report();
        }
    }

    private void report() {
        if (this.listener != ProgressListener.NONE) {
            this.reported = this.transferred;
            this.listener
                .onProgress(new TransferProgress(this.bucket, this.key, this.transferred, this.totalBytes, this.parts));
        }
    }

}
