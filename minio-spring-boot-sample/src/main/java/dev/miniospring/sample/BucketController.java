package dev.miniospring.sample;

import java.util.List;

import dev.miniospring.bucket.Bucket;
import dev.miniospring.core.MinioOperations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints over the bucket operations.
 */
@RestController
@RequestMapping("/buckets")
class BucketController {

    private final MinioOperations minio;

    BucketController(MinioOperations minio) {
        this.minio = minio;
    }

    @GetMapping
    List<Bucket> list() {
        return this.minio.listBuckets();
    }

    @GetMapping("/{bucket}")
    ResponseEntity<Void> exists(@PathVariable String bucket) {
        return this.minio.bucketExists(bucket) ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }

    @PutMapping("/{bucket}")
    @ResponseStatus(HttpStatus.CREATED)
    void create(@PathVariable String bucket) {
        this.minio.makeBucket(bucket);
    }

    @DeleteMapping("/{bucket}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String bucket) {
        this.minio.removeBucket(bucket);
    }

}
