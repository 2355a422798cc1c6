/**
 * Value types of bucket policies.
 */
@NullMarked
package dev.miniospring.policy;

import org.jspecify.annotations.NullMarked;
