package dev.miniospring.bucket;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One CORS rule: the origins and methods it allows, the request headers a preflight may
 * ask for, the response headers browsers may read, and how long a preflight answer may be
 * cached. Start with {@link #allow(List, List)} and add the rest with the {@code with...}
 * methods.
 *
 * @param id the rule id, at most 255 characters, or {@code null}
 * @param allowedOrigins the origins, such as {@code https://app.example.com}, each with
 * at most one {@code *}
 * @param allowedMethods {@code GET}, {@code PUT}, {@code POST}, {@code DELETE} or
 * {@code HEAD}
 * @param allowedHeaders the request headers allowed in a preflight, each with at most one
 * {@code *}
 * @param exposeHeaders the response headers browsers may read
 * @param maxAgeSeconds how long browsers may cache the preflight answer, or {@code null}
 * @since 0.1.0
 */
public record CorsRule(@Nullable String id, List<String> allowedOrigins, List<String> allowedMethods,
        List<String> allowedHeaders, List<String> exposeHeaders, @Nullable Integer maxAgeSeconds) {

    /**
     * Creates a rule; {@code null} lists become empty.
     * @param id the rule id
     * @param allowedOrigins the origins
     * @param allowedMethods the methods
     * @param allowedHeaders the request headers
     * @param exposeHeaders the response headers
     * @param maxAgeSeconds the preflight cache time
     */
    public CorsRule(@Nullable String id, @Nullable List<String> allowedOrigins, @Nullable List<String> allowedMethods,
            @Nullable List<String> allowedHeaders, @Nullable List<String> exposeHeaders,
            @Nullable Integer maxAgeSeconds) {
        this.id = id;
        this.allowedOrigins = copy(allowedOrigins);
        this.allowedMethods = copy(allowedMethods);
        this.allowedHeaders = copy(allowedHeaders);
        this.exposeHeaders = copy(exposeHeaders);
        this.maxAgeSeconds = maxAgeSeconds;
    }

    private static List<String> copy(@Nullable List<String> values) {
        return (values != null) ? List.copyOf(values) : List.of();
    }

    /**
     * Starts a rule allowing origins to use methods.
     * @param allowedOrigins the origins
     * @param allowedMethods the methods
     * @return the rule
     */
    public static CorsRule allow(List<String> allowedOrigins, List<String> allowedMethods) {
        return new CorsRule(null, allowedOrigins, allowedMethods, null, null, null);
    }

    /**
     * Returns this rule with an id.
     * @param id the id
     * @return the rule
     */
    public CorsRule withId(String id) {
        return new CorsRule(id, this.allowedOrigins, this.allowedMethods, this.allowedHeaders, this.exposeHeaders,
                this.maxAgeSeconds);
    }

    /**
     * Returns this rule with the request headers a preflight may ask for.
     * @param headers the headers, such as {@code *}
     * @return the rule
     */
    public CorsRule withAllowedHeaders(List<String> headers) {
        return new CorsRule(this.id, this.allowedOrigins, this.allowedMethods, headers, this.exposeHeaders,
                this.maxAgeSeconds);
    }

    /**
     * Returns this rule with the response headers browsers may read.
     * @param headers the headers, such as {@code ETag}
     * @return the rule
     */
    public CorsRule withExposeHeaders(List<String> headers) {
        return new CorsRule(this.id, this.allowedOrigins, this.allowedMethods, this.allowedHeaders, headers,
                this.maxAgeSeconds);
    }

    /**
     * Returns this rule with a preflight cache time.
     * @param seconds the seconds
     * @return the rule
     */
    public CorsRule withMaxAgeSeconds(int seconds) {
        return new CorsRule(this.id, this.allowedOrigins, this.allowedMethods, this.allowedHeaders, this.exposeHeaders,
                seconds);
    }

}
