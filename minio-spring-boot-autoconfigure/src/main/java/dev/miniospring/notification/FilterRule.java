package dev.miniospring.notification;

import org.springframework.util.Assert;

/**
 * A key filter rule of a notification configuration: a key prefix or suffix.
 *
 * @param name {@code prefix} or {@code suffix}
 * @param value the prefix or suffix
 * @since 0.1.0
 */
public record FilterRule(String name, String value) {

    /**
     * Creates a rule.
     * @param name {@code prefix} or {@code suffix}
     * @param value the prefix or suffix
     */
    public FilterRule {
        Assert.notNull(name, "'name' must not be null");
        Assert.notNull(value, "'value' must not be null");
    }

    /**
     * Creates a prefix rule.
     * @param value the key prefix
     * @return the rule
     */
    public static FilterRule prefix(String value) {
        return new FilterRule("prefix", value);
    }

    /**
     * Creates a suffix rule.
     * @param value the key suffix
     * @return the rule
     */
    public static FilterRule suffix(String value) {
        return new FilterRule("suffix", value);
    }

}
