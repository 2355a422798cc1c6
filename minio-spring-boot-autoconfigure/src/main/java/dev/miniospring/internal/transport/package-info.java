/**
 * Internal, not API: the S3 request pipeline (addressing, signing wrapper, retries, error
 * decoding, wire helpers). May change in any release.
 */
@NullMarked
package dev.miniospring.internal.transport;

import org.jspecify.annotations.NullMarked;
