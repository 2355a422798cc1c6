/**
 * Internal, not API: the upload engine (single PUT or parallel multipart). May change in
 * any release.
 */
@NullMarked
package dev.miniospring.internal.upload;

import org.jspecify.annotations.NullMarked;
