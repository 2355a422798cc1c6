package dev.miniospring.core;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.xml.NotificationConfigurationDocument.Filter;
import dev.miniospring.internal.xml.NotificationConfigurationDocument.Rule;
import dev.miniospring.internal.xml.NotificationConfigurationDocument.S3Key;
import dev.miniospring.internal.xml.NotificationConfigurationDocument.Target;
import dev.miniospring.internal.xml.NotificationConfigurationDocument;
import dev.miniospring.notification.FilterRule;
import dev.miniospring.notification.NotificationConfiguration;
import dev.miniospring.notification.NotificationTarget;

/**
 * Converts between {@link NotificationConfiguration} and its S3 XML document.
 */
final class NotificationXml {

    private NotificationXml() {
    }

    static NotificationConfigurationDocument toDocument(NotificationConfiguration configuration) {
        NotificationConfigurationDocument document = new NotificationConfigurationDocument();
        configuration.topics().forEach((target) -> document.topics().add(target(target, target.arn(), null, null)));
        configuration.queues().forEach((target) -> document.queues().add(target(target, null, target.arn(), null)));
        configuration.cloudFunctions()
            .forEach((target) -> document.cloudFunctions().add(target(target, null, null, target.arn())));
        return document;
    }

    private static Target target(NotificationTarget target, @Nullable String topic, @Nullable String queue,
            @Nullable String cloudFunction) {
        List<Rule> rules = target.filterRules().stream().map((rule) -> new Rule(rule.name(), rule.value())).toList();
        Filter filter = rules.isEmpty() ? null : new Filter(new S3Key(rules));
        return new Target(target.id(), topic, queue, cloudFunction, target.events(), filter);
    }

    static NotificationConfiguration fromDocument(NotificationConfigurationDocument document) {
        return new NotificationConfiguration(targets(document.topics(), Target::topic),
                targets(document.queues(), Target::queue), targets(document.cloudFunctions(), Target::cloudFunction));
    }

    private static List<NotificationTarget> targets(List<Target> targets, Function<Target, @Nullable String> arn) {
        return targets.stream().map((target) -> {
            String value = arn.apply(target);
            return new NotificationTarget(target.id(), (value != null) ? value : "", target.events(), rules(target));
        }).toList();
    }

    private static List<FilterRule> rules(Target target) {
        Filter filter = target.filter();
        List<Rule> rules = (filter != null && filter.key() != null) ? filter.key().rules() : null;
        return (rules != null) ? rules.stream().map((rule) -> new FilterRule(rule.name(), rule.value())).toList()
                : List.of();
    }

}
