package dev.miniospring.bucket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A bucket as listed by the server.
 *
 * @param name the bucket name
 * @param creationDate when the bucket was created, if the server says
 * @since 0.1.0
 */
public record Bucket(String name, @Nullable Instant creationDate) {

}
