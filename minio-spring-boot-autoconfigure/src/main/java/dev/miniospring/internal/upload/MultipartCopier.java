package dev.miniospring.internal.upload;

import java.util.List;

import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.object.ObjectWriteResponse;

/**
 * Writes an object from parts of other objects on the server: CreateMultipartUpload, one
 * UploadPartCopy per part on the upload engine's bounded pool of threads,
 * CompleteMultipartUpload; any failure aborts the upload.
 *
 * @since 0.1.0
 */
public final class MultipartCopier {

    private final S3Transport transport;

    private final UploadSettings settings;

    private final KeyUploads keyUploads;

    public MultipartCopier(S3Transport transport, UploadSettings settings, KeyUploads keyUploads) {
        this.transport = transport;
        this.settings = settings;
        this.keyUploads = keyUploads;
    }

    /**
     * Copies the parts, in order, into a new object.
     * @param target the new object and the decorator of its requests
     * @param parts the {@code x-amz-copy-source*} headers of each part, at most 10,000 of
     * them
     * @return the ETag and version id of the new object
     */
    public ObjectWriteResponse copy(UploadTarget target, List<RequestDecorator> parts) {
        MultipartUpload upload = MultipartUpload.create(this.transport, target, this.keyUploads);
        PartScheduler scheduler = new PartScheduler(upload, this.settings.concurrency(), this.settings.partThreads());
        return upload.withStoredETag(scheduler.run(() -> {
            for (int i = 0; i < parts.size(); i++) {
                int partNumber = i + 1;
                RequestDecorator source = parts.get(i);
                scheduler.submit(() -> upload.copyPart(partNumber, source), () -> {
                });
            }
        }));
    }

}
