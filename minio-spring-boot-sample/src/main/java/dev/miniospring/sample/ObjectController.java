package dev.miniospring.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.Item;
import dev.miniospring.object.StatObjectResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * REST endpoints that list, download (streaming) and delete the objects of a bucket.
 */
@RestController
@RequestMapping("/buckets/{bucket}/objects")
class ObjectController {

    private final MinioOperations minio;

    ObjectController(MinioOperations minio) {
        this.minio = minio;
    }

    @GetMapping
    List<Item> list(@PathVariable String bucket, @RequestParam(required = false) @Nullable String prefix,
            @RequestParam(defaultValue = "false") boolean recursive, @RequestParam(defaultValue = "1000") int limit) {
        try (Stream<Item> items = this.minio.listObjectsV2(bucket, prefix, recursive)) {
            return items.limit(limit).toList();
        }
    }

    @GetMapping("/{*key}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String bucket, @PathVariable("key") String path) {
        String key = ObjectPaths.key(path);
        GetObjectResponse object = this.minio.getObject(bucket, key);
        StatObjectResponse stat = object.stat();
        ContentDisposition disposition = ContentDisposition.attachment()
            .filename(ObjectPaths.fileName(key), StandardCharsets.UTF_8)
            .build();
        return ResponseEntity.ok()
            .contentType(mediaType(stat.contentType()))
            .contentLength(stat.size())
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .body((out) -> {
                try (object) {
                    object.transferTo(out);
                }
            });
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        }
        catch (InvalidMediaTypeException ex) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    @DeleteMapping("/{*key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String bucket, @PathVariable("key") String path) {
        this.minio.removeObject(bucket, ObjectPaths.key(path));
    }

}
