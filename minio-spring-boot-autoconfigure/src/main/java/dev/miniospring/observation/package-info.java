/**
 * Micrometer observations of MinioTemplate operations and transfer meters.
 */
@NullMarked
package dev.miniospring.observation;

import org.jspecify.annotations.NullMarked;
