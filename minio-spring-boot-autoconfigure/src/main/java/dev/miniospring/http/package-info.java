/**
 * Settings of the HTTP client behind the template: addressing, retries, payload signing, client set-ups.
 */
@NullMarked
package dev.miniospring.http;

import org.jspecify.annotations.NullMarked;
