package dev.miniospring.object;

/**
 * Receives the progress of an upload or download. Upload progress is reported when the
 * server has accepted the bytes (after a single PUT, or after each multipart part,
 * possibly from several upload threads, in completion order), so a retried part is
 * counted once; download progress is reported as the caller reads, at least every MiB and
 * at the end.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * A listener that ignores progress.
     */
    ProgressListener NONE = (progress) -> {
    };

    /**
     * Called when more bytes were transferred.
     * @param progress the progress so far
     */
    void onProgress(TransferProgress progress);

}
