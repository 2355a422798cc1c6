package dev.miniospring.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an HTML page whose form uploads a file straight to the S3 server with a
 * presigned POST policy.
 */
@RestController
class UploadFormController {

    static final String KEY_PREFIX = "uploads/";

    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(100);

    private final MinioOperations minio;

    private final UploadFormPage page = UploadFormPage.load();

    UploadFormController(MinioOperations minio) {
        this.minio = minio;
    }

    @GetMapping(path = "/upload-form", produces = MediaType.TEXT_HTML_VALUE)
    String uploadForm(@RequestParam String bucket) {
        Instant expiration = Instant.now().plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS);
        PresignedPostForm form = this.minio.presignedPostPolicy(policy(bucket, expiration));
        return this.page.render(bucket, form, expiration);
    }

    private static PostPolicy policy(String bucket, Instant expiration) {
        return PostPolicy.builder()
            .bucket(bucket)
            .keyStartsWith(KEY_PREFIX)
            .contentTypeStartsWith("")
            .contentLengthRange(0, MAX_FILE_SIZE.toBytes())
            .condition("success_action_status", "201")
            .expiration(expiration)
            .build();
    }

}
