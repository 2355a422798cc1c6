/**
 * The exceptions of the MinIO client: every failure is a {@link MinioException}.
 */
@NullMarked
package dev.miniospring;

import org.jspecify.annotations.NullMarked;
