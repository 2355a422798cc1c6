/**
 * Bucket policies: canned anonymous-access policies per object prefix, raw policy JSON, and their implementation.
 */
@NullMarked
package dev.miniospring.policy;

import org.jspecify.annotations.NullMarked;
