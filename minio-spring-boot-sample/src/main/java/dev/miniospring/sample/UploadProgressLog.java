package dev.miniospring.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.TransferProgress;

/**
 * Logs a progress line per completed part of large (multipart) uploads.
 */
final class UploadProgressLog implements ProgressListener {

    private static final Log logger = LogFactory.getLog(UploadProgressLog.class);

    @Override
    public void onProgress(TransferProgress progress) {
        if (progress.completedParts() > 0 && logger.isInfoEnabled()) {
            String total = (progress.totalBytes() >= 0) ? " of " + progress.totalBytes() : "";
            logger.info("Uploading " + progress.bucket() + "/" + progress.key() + ": " + progress.transferredBytes()
                    + total + " bytes, " + progress.completedParts() + " parts done");
        }
    }

}
