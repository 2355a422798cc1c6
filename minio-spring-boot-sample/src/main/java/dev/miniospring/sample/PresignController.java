package dev.miniospring.sample;

import java.time.Duration;
import java.time.Instant;

import dev.miniospring.core.MinioOperations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints that hand out presigned URLs, to download or upload one object without
 * credentials.
 */
@RestController
@RequestMapping("/presigned")
class PresignController {

    private final MinioOperations minio;

    PresignController(MinioOperations minio) {
        this.minio = minio;
    }

    @GetMapping("/download")
    PresignedUrl download(@RequestParam String bucket, @RequestParam String key,
            @RequestParam(defaultValue = "PT15M") Duration expiry) {
        return new PresignedUrl("GET", this.minio.presignedGetObject(bucket, key, expiry), expiresAt(expiry));
    }

    @GetMapping("/upload")
    PresignedUrl upload(@RequestParam String bucket, @RequestParam String key,
            @RequestParam(defaultValue = "PT15M") Duration expiry) {
        return new PresignedUrl("PUT", this.minio.presignedPutObject(bucket, key, expiry), expiresAt(expiry));
    }

    private static Instant expiresAt(Duration expiry) {
        return Instant.now().plus(expiry);
    }

    /**
     * A presigned URL and how to use it.
     *
     * @param method the HTTP method the URL is signed for
     * @param url the URL
     * @param expiresAt about when the URL stops working
     */
    record PresignedUrl(String method, String url, Instant expiresAt) {

    }

}
