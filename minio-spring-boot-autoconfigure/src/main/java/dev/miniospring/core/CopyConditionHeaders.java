package dev.miniospring.core;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.CopyConditions;

/**
 * Applies {@link CopyConditions} to a CopyObject request as {@code x-amz-copy-source-if-*} headers.
 */
final class CopyConditionHeaders {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
        .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
        .withZone(ZoneOffset.UTC);

    private CopyConditionHeaders() {
    }

    static void add(S3Request.Builder request, CopyConditions conditions) {
        if (conditions.modifiedSince() != null) {
            request.header("x-amz-copy-source-if-modified-since", HTTP_DATE.format(conditions.modifiedSince()));
        }
        if (conditions.unmodifiedSince() != null) {
            request.header("x-amz-copy-source-if-unmodified-since", HTTP_DATE.format(conditions.unmodifiedSince()));
        }
        if (conditions.matchETag() != null) {
            request.header("x-amz-copy-source-if-match", ETags.quote(conditions.matchETag()));
        }
        if (conditions.matchETagExcept() != null) {
            request.header("x-amz-copy-source-if-none-match", ETags.quote(conditions.matchETagExcept()));
        }
    }

}
