/**
 * Internal, not API: Jackson XML documents of the S3 wire format. May change in any
 * release.
 */
@NullMarked
package dev.miniospring.internal.xml;

import org.jspecify.annotations.NullMarked;
