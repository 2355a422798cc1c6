package dev.miniospring.sample;

import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.ObjectWriteResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST endpoints that stream uploads into a bucket, from a raw request body or a
 * multipart form.
 */
@RestController
@RequestMapping("/buckets/{bucket}/objects")
class UploadController {

    private final MinioOperations minio;

    private final UploadProgressLog progressLog = new UploadProgressLog();

    UploadController(MinioOperations minio) {
        this.minio = minio;
    }

    @PutMapping("/{*key}")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectWriteResponse uploadBody(@PathVariable String bucket, @PathVariable("key") String path,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            HttpServletRequest request) throws IOException {
        return this.minio.putObject(bucket, ObjectPaths.key(path), request.getInputStream(),
                request.getContentLengthLong(), contentType, null, this.progressLog);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ObjectWriteResponse uploadFile(@PathVariable String bucket, @RequestParam MultipartFile file,
            @RequestParam(required = false) @Nullable String key) throws IOException {
        String objectKey = StringUtils.hasText(key) ? key : file.getOriginalFilename();
        Assert.isTrue(StringUtils.hasText(objectKey), "'key' must be given when the file part has no file name");
        try (InputStream content = file.getInputStream()) {
            return this.minio.putObject(bucket, objectKey, content, file.getSize(), file.getContentType(), null,
                    this.progressLog);
        }
    }

}
