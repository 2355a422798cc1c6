/**
 * Docker Compose service connection support for MinIO
 * ({@code spring-boot-docker-compose}).
 */
@NullMarked
package dev.miniospring.docker.compose;

import org.jspecify.annotations.NullMarked;
