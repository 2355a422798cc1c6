package dev.miniospring.internal.upload;

import org.jspecify.annotations.Nullable;

/**
 * The bytes of one part, or of a single PUT, held in a pooled buffer, with the checksum
 * computed while they were read; a retried request sends the same bytes with the same
 * checksum, as the buffer goes back to the pool only when the part has ended.
 *
 * @param buffer the buffer that holds the bytes from its start
 * @param length the number of bytes
 * @param checksum the Base64 checksum of the bytes, or {@code null} when the upload sends
 * none
 */
record PartContent(byte[] buffer, int length, @Nullable String checksum) {

}
