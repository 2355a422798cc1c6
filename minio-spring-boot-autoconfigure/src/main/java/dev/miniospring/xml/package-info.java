/**
 * Jackson XML documents of the S3 wire protocol (internal, not API).
 */
@NullMarked
package dev.miniospring.xml;

import org.jspecify.annotations.NullMarked;
