/**
 * The request-signing SPI, its AWS Signature Version 4 implementation and the signing request-factory wrapper.
 */
@NullMarked
package dev.miniospring.signing;

import org.jspecify.annotations.NullMarked;
