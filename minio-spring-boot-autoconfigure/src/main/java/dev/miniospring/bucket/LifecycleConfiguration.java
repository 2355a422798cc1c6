package dev.miniospring.bucket;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lifecycle configuration of a bucket: its rules, at most 1000.
 *
 * @param rules the rules, in order
 * @since 0.1.0
 */
public record LifecycleConfiguration(List<LifecycleRule> rules) {

    private static final LifecycleConfiguration EMPTY = new LifecycleConfiguration(null);

    /**
     * Creates a configuration; a {@code null} list becomes empty.
     * @param rules the rules
     */
    public LifecycleConfiguration(@Nullable List<LifecycleRule> rules) {
        this.rules = (rules != null) ? List.copyOf(rules) : List.of();
    }

    /**
     * Creates a configuration of rules.
     * @param rules the rules
     * @return the configuration
     */
    public static LifecycleConfiguration of(LifecycleRule... rules) {
        return new LifecycleConfiguration(List.of(rules));
    }

    /**
     * Returns the configuration without rules, what a bucket without lifecycle
     * configuration has.
     * @return the empty configuration
     */
    public static LifecycleConfiguration empty() {
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
