/**
 * The request signer SPI and its AWS Signature Version 4 implementation.
 */
@NullMarked
package dev.miniospring.signing;

import org.jspecify.annotations.NullMarked;
