package dev.miniospring.core;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.bucket.LifecycleExpiration;
import dev.miniospring.bucket.LifecycleFilter;
import dev.miniospring.bucket.LifecycleRule;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.And;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.DaysAfterInitiation;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.Expiration;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.Filter;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.NoncurrentDays;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument.Rule;
import dev.miniospring.internal.xml.Tagging;

/**
 * Converts between {@link LifecycleConfiguration} and its S3 XML document; a rule the
 * value cannot represent is refused rather than read partly.
 */
final class LifecycleXml {

    private static final String ENABLED = "Enabled";

    private static final String DISABLED = "Disabled";

    private LifecycleXml() {
    }

    static LifecycleConfigurationDocument toDocument(LifecycleConfiguration configuration) {
        return LifecycleConfigurationDocument.of(configuration.rules().stream().map(LifecycleXml::toRule).toList());
    }

    private static Rule toRule(LifecycleRule rule) {
        Integer noncurrent = rule.noncurrentVersionExpirationDays();
        Integer abort = rule.abortIncompleteMultipartUploadDays();
        return new Rule(rule.id(), filter(rule.filter()), null, rule.enabled() ? ENABLED : DISABLED,
                expiration(rule.expiration()), (noncurrent != null) ? new NoncurrentDays(noncurrent) : null,
                (abort != null) ? new DaysAfterInitiation(abort) : null, null, null);
    }

    private static Filter filter(LifecycleFilter filter) {
        List<Tagging.Tag> tags = filter.tags()
            .entrySet()
            .stream()
            .map((tag) -> new Tagging.Tag(tag.getKey(), tag.getValue()))
            .toList();
        if (tags.isEmpty()) {
            return new Filter(filter.prefix(), null, null);
        }
        if (tags.size() == 1 && filter.prefix().isEmpty()) {
            return new Filter(null, tags, null);
        }
        return new Filter(null, null, new And(filter.prefix().isEmpty() ? null : filter.prefix(), tags));
    }

    private static @Nullable Expiration expiration(@Nullable LifecycleExpiration expiration) {
        if (expiration == null) {
            return null;
        }
        Instant date = expiration.date();
        return new Expiration(expiration.days(), (date != null) ? date.toString() : null,
                expiration.expiredObjectDeleteMarker() ? Boolean.TRUE : null);
    }

    /**
     * Reads a configuration.
     * @param document the answer
     * @return the configuration
     * @throws IllegalArgumentException naming what the value cannot represent
     */
    static LifecycleConfiguration fromDocument(LifecycleConfigurationDocument document) {
        return new LifecycleConfiguration(document.rules().stream().map(LifecycleXml::fromRule).toList());
    }

    private static LifecycleRule fromRule(Rule rule) {
        String id = (rule.id() != null) ? rule.id() : "";
        if (rule.transitions() != null || rule.noncurrentVersionTransitions() != null) {
            throw new IllegalArgumentException("rule '" + id + "' has transitions, which this client does not support");
        }
        if (!ENABLED.equals(rule.status()) && !DISABLED.equals(rule.status())) {
            throw new IllegalArgumentException("rule '" + id + "' has the unknown status '" + rule.status() + "'");
        }
        NoncurrentDays noncurrent = rule.noncurrentVersionExpiration();
        DaysAfterInitiation abort = rule.abortIncompleteUpload();
        return new LifecycleRule(id, ENABLED.equals(rule.status()), filter(rule), expiration(rule.expiration(), id),
                (noncurrent != null) ? noncurrent.noncurrentDays() : null,
                (abort != null) ? abort.daysAfterInitiation() : null);
    }

    private static LifecycleFilter filter(Rule rule) {
        Filter filter = rule.filter();
        if (filter == null) {
            return LifecycleFilter.prefix((rule.prefix() != null) ? rule.prefix() : "");
        }
        And and = filter.and();
        Map<String, String> tags = new LinkedHashMap<>();
        addTags(tags, filter.tags());
        addTags(tags, (and != null) ? and.tags() : null);
        String prefix = (and != null && and.prefix() != null) ? and.prefix() : filter.prefix();
        return new LifecycleFilter(prefix, tags);
    }

    private static void addTags(Map<String, String> tags, @Nullable List<Tagging.Tag> entries) {
        if (entries != null) {
            entries.forEach((tag) -> tags.put(tag.key(), (tag.value() != null) ? tag.value() : ""));
        }
    }

    private static @Nullable LifecycleExpiration expiration(@Nullable Expiration expiration, String id) {
        if (expiration == null) {
            return null;
        }
        boolean marker = Boolean.TRUE.equals(expiration.expiredObjectDeleteMarker());
        return new LifecycleExpiration(expiration.days(), date(expiration.date(), id), marker);
    }

    private static @Nullable Instant date(@Nullable String date, String id) {
        try {
            return (date != null) ? Instant.parse(date.trim()) : null;
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("rule '" + id + "' has the invalid expiration date '" + date + "'");
        }
    }

}
