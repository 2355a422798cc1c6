package dev.miniospring.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The options of a read (GetObject, and {@code fgetObject}): byte range, version,
 * conditions, response header overrides, extra request headers, a progress listener, an
 * SSE-C key and checksum verification. Immutable; start from {@link #none()} and add
 * options with the {@code with...} methods, each checked when it is given.
 *
 * @param range the byte range, or {@code null} for the whole object
 * @param versionId the version to read, or {@code null} for the latest
 * @param conditions the conditions on the object ({@code If-*} headers)
 * @param responseHeaders the response header overrides, such as
 * {@code response-content-disposition}
 * @param requestHeaders extra request headers
 * @param listener receives the download progress
 * @param customerKey the SSE-C key of the object, or {@code null} when it is not
 * encrypted with one
 * @param checksumMode whether to ask the server for the object's checksum
 * ({@code x-amz-checksum-mode: ENABLED}), which the body is then verified against
 * @since 0.1.0
 */
public record GetObjectOptions(@Nullable ByteRange range, @Nullable String versionId, Conditions conditions,
        Map<String, String> responseHeaders, Map<String, String> requestHeaders, ProgressListener listener,
        ServerSideEncryption.@Nullable CustomerKey customerKey, boolean checksumMode) {

    private static final Set<String> RESPONSE_HEADERS = new TreeSet<>(
            List.of("response-cache-control", "response-content-disposition", "response-content-encoding",
                    "response-content-language", "response-content-type", "response-expires"));

    private static final GetObjectOptions NONE = new GetObjectOptions(null, null, Conditions.none(), Map.of(), Map.of(),
            ProgressListener.NONE, null, false);

    /**
     * Creates options, checking every value.
     * @param range the byte range, or {@code null}
     * @param versionId the version, or {@code null}
     * @param conditions the conditions
     * @param responseHeaders the response header overrides, among
     * {@code response-content-type}, {@code response-content-disposition},
     * {@code response-cache-control}, {@code response-expires},
     * {@code response-content-language} and {@code response-content-encoding} (in any
     * case)
     * @param requestHeaders extra request headers
     * @param listener the progress listener
     * @param customerKey the SSE-C key, or {@code null}
     * @param checksumMode whether to ask for the object's checksum
     * @throws IllegalArgumentException naming the invalid argument
     */
    public GetObjectOptions {
        OptionValues.versionId(versionId);
        Assert.notNull(conditions, "'conditions' must not be null");
        responseHeaders = responseHeaders(responseHeaders);
        requestHeaders = OptionValues.headers(requestHeaders, "requestHeaders");
        Assert.notNull(listener, "'listener' must not be null");
    }

    /**
     * Returns no options: the whole latest version, unconditionally.
     * @return the empty options
     */
    public static GetObjectOptions none() {
        return NONE;
    }

    /**
     * Reads a byte range only; the server must answer it with
     * {@code 206 Partial Content}.
     * @param offset the first byte; beyond the end the server answers
     * {@code InvalidRange} (HTTP 416)
     * @param length the number of bytes, {@code 0} for up to the end
     * @return new options
     */
    public GetObjectOptions withRange(long offset, long length) {
        return new GetObjectOptions(new ByteRange(offset, length), this.versionId, this.conditions,
                this.responseHeaders, this.requestHeaders, this.listener, this.customerKey, this.checksumMode);
    }

    /**
     * Reads a version of the object instead of the latest.
     * @param versionId the version id
     * @return new options
     */
    public GetObjectOptions withVersionId(String versionId) {
        Assert.notNull(versionId, "'versionId' must not be null");
        return new GetObjectOptions(this.range, versionId, this.conditions, this.responseHeaders, this.requestHeaders,
                this.listener, this.customerKey, this.checksumMode);
    }

    /**
     * Reads only when the conditions hold.
     * @param conditions the conditions
     * @return new options
     */
    public GetObjectOptions withConditions(Conditions conditions) {
        return new GetObjectOptions(this.range, this.versionId, conditions, this.responseHeaders, this.requestHeaders,
                this.listener, this.customerKey, this.checksumMode);
    }

    /**
     * Overrides headers of the response, such as {@code response-content-disposition}.
     * @param responseHeaders overrides among {@code response-content-type},
     * {@code response-content-disposition}, {@code response-cache-control},
     * {@code response-expires}, {@code response-content-language} and
     * {@code response-content-encoding} (in any case)
     * @return new options
     */
    public GetObjectOptions withResponseHeaders(Map<String, String> responseHeaders) {
        return new GetObjectOptions(this.range, this.versionId, this.conditions, responseHeaders, this.requestHeaders,
                this.listener, this.customerKey, this.checksumMode);
    }

    /**
     * Sends extra request headers.
     * @param requestHeaders the headers
     * @return new options
     */
    public GetObjectOptions withRequestHeaders(Map<String, String> requestHeaders) {
        return new GetObjectOptions(this.range, this.versionId, this.conditions, this.responseHeaders, requestHeaders,
                this.listener, this.customerKey, this.checksumMode);
    }

    /**
     * Reports the download progress.
     * @param listener receives the progress, at least every MiB and at the end of the
     * body
     * @return new options
     */
    public GetObjectOptions withProgressListener(ProgressListener listener) {
        return new GetObjectOptions(this.range, this.versionId, this.conditions, this.responseHeaders,
                this.requestHeaders, listener, this.customerKey, this.checksumMode);
    }

    /**
     * Reads an object written with SSE-C: sends its key (never over plain {@code http://}
     * unless the template allows it).
     * @param customerKey the SSE-C key the object was written with
     * @return new options
     */
    public GetObjectOptions withCustomerKey(ServerSideEncryption.CustomerKey customerKey) {
        Assert.notNull(customerKey, "'customerKey' must not be null");
        return new GetObjectOptions(this.range, this.versionId, this.conditions, this.responseHeaders,
                this.requestHeaders, this.listener, customerKey, this.checksumMode);
    }

    /**
     * Asks the server for the checksum stored with the object
     * ({@code x-amz-checksum-mode: ENABLED}), so that the body is verified against it as
     * it is read: a mismatch is a {@code MinioException} at the end of the body (and
     * {@code fgetObject} leaves no file). Whole-object reads only: a range is not covered
     * by the object's checksum, and neither is the composite checksum of a multipart
     * upload. Costs one pass of the algorithm over the data.
     * @return new options
     */
    public GetObjectOptions withChecksumMode() {
        return new GetObjectOptions(this.range, this.versionId, this.conditions, this.responseHeaders,
                this.requestHeaders, this.listener, this.customerKey, true);
    }

    private static Map<String, String> responseHeaders(Map<String, String> responseHeaders) {
        Map<String, String> overrides = new LinkedHashMap<>();
        OptionValues.headers(responseHeaders, "responseHeaders").forEach((name, value) -> {
            String parameter = name.toLowerCase(Locale.ROOT);
            Assert.isTrue(RESPONSE_HEADERS.contains(parameter),
                    () -> "'responseHeaders' must only contain " + RESPONSE_HEADERS + ", not '" + name + "'");
            overrides.put(parameter, value);
        });
        return Collections.unmodifiableMap(overrides);
    }

}
