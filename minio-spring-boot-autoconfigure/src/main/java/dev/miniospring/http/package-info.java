/**
 * Settings of the HTTP client behind the template (addressing, retries, payload signing,
 * client set-ups), and the checks of header fields and text that option types apply when
 * they are built and the transport before it sends.
 */
@NullMarked
package dev.miniospring.http;

import org.jspecify.annotations.NullMarked;
