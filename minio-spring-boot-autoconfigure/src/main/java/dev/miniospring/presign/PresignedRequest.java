package dev.miniospring.presign;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * A presigned request: the method and URL to use without credentials until the URL
 * expires, and the headers the caller must send with it, exactly as given, because they
 * are signed (such as an SSE-C customer key, which cannot travel in a URL, or the content
 * type and metadata of a presigned PUT).
 *
 * <p>
 * {@link #toString()} masks the customer key, the URL's signature and its session token.
 *
 * @param method the HTTP method to send
 * @param url the presigned URL
 * @param headers the headers to send with the request, in a stable order; empty when the
 * URL alone is enough
 * @since 0.1.0
 */
public record PresignedRequest(HttpMethod method, URI url, Map<String, String> headers) {

    private static final String MASK = "******";

    private static final Pattern SECRET_QUERY_VALUES = Pattern
        .compile("(?i)((?:^|&)(?:X-Amz-Signature|X-Amz-Security-Token)=)[^&]*");

    /**
     * Creates a presigned request.
     * @param method the HTTP method
     * @param url the presigned URL
     * @param headers the headers to send
     */
    public PresignedRequest {
        Assert.notNull(method, "'method' must not be null");
        Assert.notNull(url, "'url' must not be null");
        Assert.notNull(headers, "'headers' must not be null");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    @Override
    public String toString() {
        Map<String, String> masked = new LinkedHashMap<>(this.headers);
        masked.replaceAll((name, value) -> isSecret(name) ? MASK : value);
        return "PresignedRequest[method=" + this.method + ", url=" + maskedUrl() + ", headers=" + masked + "]";
    }

    private String maskedUrl() {
        String query = this.url.getRawQuery();
        if (query == null) {
            return this.url.toString();
        }
        String text = this.url.toString();
        String maskedQuery = SECRET_QUERY_VALUES.matcher(query).replaceAll("$1" + MASK);
        return text.substring(0, text.indexOf('?') + 1) + maskedQuery;
    }

    private static boolean isSecret(String header) {
        return header.toLowerCase(Locale.ROOT).endsWith("-customer-key");
    }

}
