/**
 * Annotation-driven listeners of MinIO bucket events:
 * {@link dev.miniospring.listener.MinioListener} methods fed by listen subscriptions that
 * a {@link dev.miniospring.listener.MinioListenerContainer} runs with the application
 * context.
 */
@NullMarked
package dev.miniospring.listener;

import org.jspecify.annotations.NullMarked;
