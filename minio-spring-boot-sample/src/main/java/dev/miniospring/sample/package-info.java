/**
 * Sample application: REST endpoints over {@link dev.miniospring.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.sample;

import org.jspecify.annotations.NullMarked;
