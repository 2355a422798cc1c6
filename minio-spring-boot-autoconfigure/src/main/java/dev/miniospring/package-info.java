/**
 * A Spring-friendly client for MinIO and S3-compatible object storage: {@link dev.miniospring.MinioTemplate} and its exceptions.
 */
@NullMarked
package dev.miniospring;

import org.jspecify.annotations.NullMarked;
