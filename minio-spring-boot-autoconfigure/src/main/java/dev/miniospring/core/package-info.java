/**
 * The client: {@link MinioOperations}, its implementation {@link MinioTemplate} and
 * {@link MinioTemplateBuilder}; the operation classes behind them (one per S3
 * sub-resource) are package-private.
 */
@NullMarked
package dev.miniospring.core;

import org.jspecify.annotations.NullMarked;
