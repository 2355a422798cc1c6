package dev.miniospring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.miniospring.core.PolicyGrants.Grant;

/**
 * Reads the grants of simple anonymous {@code Allow} statements and writes the canned
 * statements.
 */
final class Statements {

    private static final Set<String> SIMPLE_FIELDS = Set.of("Sid", "Effect", "Principal", "Action", "Resource",
            "Condition");

    private Statements() {
    }

    static @Nullable List<Grant> anonymousGrants(JsonNode statement) {
        List<String> listPrefixes = simpleAnonymousAllow(statement) ? listPrefixes(statement.path("Condition")) : null;
        if (listPrefixes == null) {
            return null;
        }
        List<Grant> grants = new ArrayList<>();
        for (String resource : strings(statement.path("Resource"))) {
            for (String action : strings(statement.path("Action"))) {
                if (listPrefixes.isEmpty()) {
                    grants.add(new Grant(resource, action, null));
                }
                listPrefixes.forEach((prefix) -> grants.add(new Grant(resource, action, prefix)));
            }
        }
        return grants;
    }

    private static boolean simpleAnonymousAllow(JsonNode statement) {
        return statement.isObject() && "Allow".equals(statement.path("Effect").asString(""))
                && statement.propertyNames().stream().allMatch(SIMPLE_FIELDS::contains)
                && anonymous(statement.path("Principal"));
    }

    private static boolean anonymous(JsonNode principal) {
        if (principal.isString()) {
            return principal.stringValue().equals("*");
        }
        return principal.isObject() && principal.size() == 1 && strings(principal.path("AWS")).equals(List.of("*"));
    }

    private static @Nullable List<String> listPrefixes(JsonNode condition) {
        if (condition.isMissingNode() || (condition.isObject() && condition.isEmpty())) {
            return List.of();
        }
        JsonNode equals = condition.path("StringEquals");
        if (condition.size() != 1 || !equals.isObject() || equals.size() != 1 || !equals.has("s3:prefix")) {
            return null;
        }
        List<String> prefixes = strings(equals.path("s3:prefix"));
        return prefixes.isEmpty() ? null : prefixes;
    }

    private static List<String> strings(JsonNode node) {
        if (node.isString()) {
            return List.of(node.stringValue());
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach((value) -> values.add(value.isString() ? value.stringValue() : "\u0000"));
        }
        return values;
    }

    static void write(ArrayNode target, String bucketArn, Set<String> bucketActions, Set<String> listPrefixes,
            Map<List<String>, Set<String>> objectResourcesByActions) {
        if (!bucketActions.isEmpty()) {
            statement(target, bucketActions, Set.of(bucketArn));
        }
        if (!listPrefixes.isEmpty()) {
            ObjectNode condition = statement(target, Set.of(PolicyGrants.LIST_BUCKET), Set.of(bucketArn))
                .putObject("Condition");
            listPrefixes.forEach(condition.putObject("StringEquals").putArray("s3:prefix")::add);
        }
        objectResourcesByActions.forEach((actions, resources) -> statement(target, actions, resources));
    }

    private static ObjectNode statement(ArrayNode target, Iterable<String> actions, Iterable<String> resources) {
        ObjectNode statement = target.addObject();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").putArray("AWS").add("*");
        actions.forEach(statement.putArray("Action")::add);
        resources.forEach(statement.putArray("Resource")::add);
        return statement;
    }

}
