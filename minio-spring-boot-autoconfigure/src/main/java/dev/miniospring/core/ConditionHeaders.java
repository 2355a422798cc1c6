package dev.miniospring.core;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.miniospring.internal.transport.ETags;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.object.Conditions;

/**
 * Applies {@link Conditions} to a request: as {@code If-*} headers on the object read, or
 * as {@code x-amz-copy-source-if-*} headers on the source of a copy.
 */
enum ConditionHeaders {

    /**
     * The conditions on the object a GetObject or HeadObject reads.
     */
    OBJECT(""),

    /**
     * The conditions on the source of a CopyObject.
     */
    COPY_SOURCE("x-amz-copy-source-");

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
        .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
        .withZone(ZoneOffset.UTC);

    private final String prefix;

    ConditionHeaders(String prefix) {
        this.prefix = prefix;
    }

    void apply(S3Request.Builder request, Conditions conditions) {
        if (conditions.modifiedSince() != null) {
            request.header(this.prefix + "if-modified-since", HTTP_DATE.format(conditions.modifiedSince()));
        }
        if (conditions.unmodifiedSince() != null) {
            request.header(this.prefix + "if-unmodified-since", HTTP_DATE.format(conditions.unmodifiedSince()));
        }
        if (conditions.matchETag() != null) {
            request.header(this.prefix + "if-match", ETags.quote(conditions.matchETag()));
        }
        if (conditions.matchETagExcept() != null) {
            request.header(this.prefix + "if-none-match", ETags.quote(conditions.matchETagExcept()));
        }
    }

}
