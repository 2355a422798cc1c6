/**
 * Objects as Spring {@link org.springframework.core.io.Resource}s:
 * {@code minio://bucket/key} locations, readable, writable and listable with patterns.
 */
@NullMarked
package dev.miniospring.resource;

import org.jspecify.annotations.NullMarked;
