/**
 * Sample application: REST endpoints over {@link dev.miniospring.core.MinioTemplate}.
 */
@NullMarked
package dev.miniospring.sample;

import org.jspecify.annotations.NullMarked;
