package dev.miniospring.bucket;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The CORS configuration of a bucket: the rules that tell browsers which cross-origin
 * requests are allowed.
 *
 * @param rules the rules, in order; a browser request is checked against the first that
 * matches
 * @since 0.1.0
 */
public record CorsConfiguration(List<CorsRule> rules) {

    private static final CorsConfiguration EMPTY = new CorsConfiguration(null);

    /**
     * Creates a configuration; a {@code null} list becomes empty.
     * @param rules the rules
     */
    public CorsConfiguration(@Nullable List<CorsRule> rules) {
        this.rules = (rules != null) ? List.copyOf(rules) : List.of();
    }

    /**
     * Creates a configuration of rules.
     * @param rules the rules
     * @return the configuration
     */
    public static CorsConfiguration of(CorsRule... rules) {
        return new CorsConfiguration(List.of(rules));
    }

    /**
     * Returns the configuration without rules, what a bucket without CORS configuration
     * has.
     * @return the empty configuration
     */
    public static CorsConfiguration empty() {
        return EMPTY;
    }

    /**
     * Tells whether there is no rule.
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return this.rules.isEmpty();
    }

}
