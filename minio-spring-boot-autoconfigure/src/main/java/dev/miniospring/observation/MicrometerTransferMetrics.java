package dev.miniospring.observation;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link TransferMetrics} as Micrometer meters: counters
 * {@code minio.client.upload.bytes} and {@code minio.client.download.bytes}, gauge
 * {@code minio.client.multipart.uploads.active}.
 *
 * @since 0.1.0
 */
public final class MicrometerTransferMetrics implements TransferMetrics {

    private final Counter uploaded;

    private final Counter downloaded;

    private final AtomicInteger activeMultipartUploads = new AtomicInteger();

    /**
     * Registers the meters.
     * @param registry the registry
     */
    public MicrometerTransferMetrics(MeterRegistry registry) {
        this.uploaded = Counter.builder("minio.client.upload.bytes")
            .description("Object bytes uploaded by MinioTemplate (single PUTs and multipart parts)")
            .baseUnit("bytes")
            .register(registry);
        this.downloaded = Counter.builder("minio.client.download.bytes")
            .description("Object bytes downloaded by MinioTemplate")
            .baseUnit("bytes")
            .register(registry);
        Gauge.builder("minio.client.multipart.uploads.active", this.activeMultipartUploads, AtomicInteger::get)
            .description("Multipart uploads started and not yet completed or aborted")
            .register(registry);
    }

    @Override
    public void bytesUploaded(long bytes) {
        this.uploaded.increment(bytes);
    }

    @Override
    public void bytesDownloaded(long bytes) {
        this.downloaded.increment(bytes);
    }

    @Override
    public void multipartUploadStarted() {
        this.activeMultipartUploads.incrementAndGet();
    }

    @Override
    public void multipartUploadFinished() {
        this.activeMultipartUploads.decrementAndGet();
    }

}
