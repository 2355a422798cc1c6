package dev.miniospring.internal.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.ResponseReaders;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.InitiateMultipartUploadResult;
import dev.miniospring.object.Upload;

import org.springframework.http.HttpMethod;

/**
 * Starts a multipart upload (CreateMultipartUpload) without leaving behind the uploads
 * that its own retries started: when an attempt failed after the server may have acted on
 * it (its answer was lost), the uploads of the key that the server started since the
 * first attempt are aborted, except the one this creation returns.
 *
 * <p>
 * That window is taken in the server's time (the {@code Date} of a HeadBucket answer, or
 * this machine's clock when there is none), widened by 2 seconds on both sides. An upload
 * of the same key that another writer started within it is aborted too; that writer's
 * upload then fails with {@code NoSuchUpload}, never silently.
 */
final class UploadCreation {

    static final Duration TOLERANCE = Duration.ofSeconds(2);

    private static final Log logger = LogFactory.getLog(UploadCreation.class);

    private final S3Transport transport;

    private final UploadTarget target;

    private final KeyUploads keyUploads;

    private int attempts;

    private long firstAttemptNanos;

    UploadCreation(S3Transport transport, UploadTarget target, KeyUploads keyUploads) {
        this.transport = transport;
        this.target = target;
        this.keyUploads = keyUploads;
    }

    /**
     * Creates the upload.
     * @return its upload id
     */
    String create() {
        String uploadId;
        try {
            uploadId = send();
        }
        catch (RuntimeException ex) {
            if (mayHaveCreated(ex)) {
                abortLeftovers(null, ex);
            }
            throw ex;
        }
        if (this.attempts > 1) {
            abortLeftovers(uploadId, null);
        }
        return uploadId;
    }

    private String send() {
        S3Request request = this.target.request(UploadStep.CREATE).query("uploads", "").build();
        InitiateMultipartUploadResult result = this.transport.execute(request,
                (response) -> ResponseReaders.readXml(request, response, InitiateMultipartUploadResult.class),
                this::attemptStarted);
        return uploadId(result);
    }

    private String uploadId(InitiateMultipartUploadResult result) {
        if (result.uploadId() == null || result.uploadId().isEmpty()) {
            throw new MinioInvalidResponseException(200,
                    "CreateMultipartUpload for " + this.target + " answered no UploadId");
        }
        return result.uploadId();
    }

    private void attemptStarted() {
        if (this.attempts++ == 0) {
            this.firstAttemptNanos = System.nanoTime();
        }
    }

    /**
     * Tells whether a failed creation may have started uploads: unless a single attempt
     * was refused with a 4xx error.
     */
    private boolean mayHaveCreated(RuntimeException failure) {
        boolean refused = failure instanceof MinioErrorResponseException error && error.statusCode() < 500;
        return this.attempts > 1 || (this.attempts == 1 && !refused);
    }

    private void abortLeftovers(@Nullable String kept, @Nullable RuntimeException failure) {
        try {
            List<Upload> leftovers = leftovers(kept);
            leftovers.forEach(this.keyUploads::abort);
            if (!leftovers.isEmpty()) {
                logger.info("Aborted " + leftovers.size() + " upload(s) of " + this.target + " started by "
                        + "CreateMultipartUpload attempts whose answer was lost");
            }
        }
        catch (MinioException ex) {
            if (failure != null) {
                failure.addSuppressed(ex);
            }
            else {
                logger.warn("CreateMultipartUpload for " + this.target + " needed " + this.attempts + " attempts; the"
                        + " uploads its earlier attempts may have started could not be removed: " + ex.getMessage(),
                        ex);
            }
        }
    }

    private List<Upload> leftovers(@Nullable String kept) {
        Instant now = serverTime();
        Instant from = now.minusNanos(System.nanoTime() - this.firstAttemptNanos).minus(TOLERANCE);
        Instant to = now.plus(TOLERANCE);
        return this.keyUploads.uploadsOf(this.target.bucket(), this.target.key())
            .stream()
            .filter((upload) -> !upload.uploadId().equals(kept))
            .filter((upload) -> upload.initiated() != null && !upload.initiated().isBefore(from)
                    && !upload.initiated().isAfter(to))
            .toList();
    }

    private Instant serverTime() {
        try {
            long date = this.transport.execute(S3Request.builder(HttpMethod.HEAD).bucket(this.target.bucket()).build())
                .getDate();
            return (date >= 0) ? Instant.ofEpochMilli(date) : Instant.now();
        }
        catch (MinioException | IllegalArgumentException ex) {
            return Instant.now();
        }
    }

}
