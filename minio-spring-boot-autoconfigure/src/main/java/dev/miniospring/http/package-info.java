/**
 * S3 request building, AWS URI encoding, execution over {@code RestClient} and error decoding.
 */
@NullMarked
package dev.miniospring.http;

import org.jspecify.annotations.NullMarked;
