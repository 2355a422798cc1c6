package dev.miniospring.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.miniospring.policy.Policy;

/**
 * The statements of a bucket policy split into the anonymous grants the canned policies
 * manage and the foreign statements kept verbatim.
 */
final class PolicyGrants {

    static final String GET_BUCKET_LOCATION = "s3:GetBucketLocation";

    static final String LIST_BUCKET = "s3:ListBucket";

    static final String LIST_BUCKET_MULTIPART_UPLOADS = "s3:ListBucketMultipartUploads";

    static final String GET_OBJECT = "s3:GetObject";

    static final List<String> WRITE_ACTIONS = List.of("s3:AbortMultipartUpload", "s3:DeleteObject",
            "s3:ListMultipartUploadParts", "s3:PutObject");

    private static final Map<String, String> BUCKET_ACTIONS = canonical(
            Stream.of(GET_BUCKET_LOCATION, LIST_BUCKET, LIST_BUCKET_MULTIPART_UPLOADS));

    private static final Map<String, String> OBJECT_ACTIONS = canonical(
            Stream.concat(Stream.of(GET_OBJECT), WRITE_ACTIONS.stream()));

    private final String bucketArn;

    private final List<JsonNode> foreign = new ArrayList<>();

    private final Set<Grant> managed = new LinkedHashSet<>();

    private final Set<Grant> foreignGrants = new LinkedHashSet<>();

    private PolicyGrants(String bucket) {
        this.bucketArn = "arn:aws:s3:::" + bucket;
    }

    static PolicyGrants of(ObjectNode document, String bucket) {
        PolicyGrants grants = new PolicyGrants(bucket);
        JsonNode statements = document.path("Statement");
        for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
            if (!statement.isMissingNode()) {
                grants.add(statement);
            }
        }
        return grants;
    }

    private void add(JsonNode statement) {
        List<Grant> grants = Statements.anonymousGrants(statement);
        List<Grant> known = (grants != null) ? grants.stream().map(this::known).filter((g) -> g != null).toList()
                : List.of();
        if (grants != null && !grants.isEmpty() && known.size() == grants.size()) {
            this.managed.addAll(known);
        }
        else {
            this.foreign.add(statement);
            this.foreignGrants.addAll(known);
        }
    }

    private @Nullable Grant known(Grant grant) {
        String action = grant.action().toLowerCase(Locale.ROOT);
        if (grant.resource().equals(this.bucketArn) && BUCKET_ACTIONS.containsKey(action)) {
            String canonical = BUCKET_ACTIONS.get(action);
            return (grant.listPrefix() == null || canonical.equals(LIST_BUCKET))
                    ? new Grant(grant.resource(), canonical, grant.listPrefix()) : null;
        }
        String objectPrefix = objectPrefix(grant.resource());
        if (objectPrefix != null && OBJECT_ACTIONS.containsKey(action) && grant.listPrefix() == null) {
            return new Grant(grant.resource(), OBJECT_ACTIONS.get(action), null);
        }
        return null;
    }

    private @Nullable String objectPrefix(String resource) {
        String start = this.bucketArn + "/";
        if (!resource.startsWith(start) || !resource.endsWith("*")) {
            return null;
        }
        String prefix = resource.substring(start.length(), resource.length() - 1);
        return (prefix.indexOf('*') < 0 && prefix.indexOf('?') < 0) ? prefix : null;
    }

    void revoke(String prefix) {
        String resource = objectResource(prefix);
        String listPrefix = prefix.isEmpty() ? null : prefix;
        this.managed.removeIf((grant) -> grant.resource().equals(resource)
                || (grant.action().equals(LIST_BUCKET) && Objects.equals(grant.listPrefix(), listPrefix)));
        if (this.managed.stream().noneMatch((grant) -> objectPrefix(grant.resource()) != null)) {
            this.managed.removeIf((grant) -> grant.action().equals(GET_BUCKET_LOCATION));
        }
        if (this.managed.stream().noneMatch((grant) -> WRITE_ACTIONS.contains(grant.action()))) {
            this.managed.removeIf((grant) -> grant.action().equals(LIST_BUCKET_MULTIPART_UPLOADS));
        }
    }

    void grant(String prefix, Policy policy) {
        if (policy == Policy.NONE) {
            return;
        }
        this.managed.add(new Grant(this.bucketArn, GET_BUCKET_LOCATION, null));
        if (policy.allowsRead()) {
            this.managed.add(new Grant(this.bucketArn, LIST_BUCKET, prefix.isEmpty() ? null : prefix));
            this.managed.add(new Grant(objectResource(prefix), GET_OBJECT, null));
        }
        if (policy.allowsWrite()) {
            this.managed.add(new Grant(this.bucketArn, LIST_BUCKET_MULTIPART_UPLOADS, null));
            WRITE_ACTIONS.forEach((action) -> this.managed.add(new Grant(objectResource(prefix), action, null)));
        }
    }

    Policy policyFor(String prefix) {
        Set<Grant> all = new LinkedHashSet<>(this.managed);
        all.addAll(this.foreignGrants);
        boolean read = allowed(all, GET_OBJECT, prefix);
        boolean write = WRITE_ACTIONS.stream().allMatch((action) -> allowed(all, action, prefix));
        if (read) {
            return write ? Policy.READ_WRITE : Policy.READ_ONLY;
        }
        return write ? Policy.WRITE_ONLY : Policy.NONE;
    }

    private boolean allowed(Set<Grant> grants, String action, String prefix) {
        return grants.stream().anyMatch((grant) -> grant.action().equals(action) && covers(grant.resource(), prefix));
    }

    private boolean covers(String resource, String prefix) {
        String covering = objectPrefix(resource);
        return covering != null && prefix.startsWith(covering);
    }

    ArrayNode statements(ArrayNode target) {
        this.foreign.forEach(target::add);
        Set<String> bucketActions = new TreeSet<>();
        Set<String> listPrefixes = new TreeSet<>();
        Map<String, Set<String>> objectActions = new TreeMap<>();
        for (Grant grant : this.managed) {
            if (!grant.resource().equals(this.bucketArn)) {
                objectActions.computeIfAbsent(grant.resource(), (resource) -> new TreeSet<>()).add(grant.action());
            }
            else if (grant.listPrefix() != null) {
                listPrefixes.add(grant.listPrefix());
            }
            else {
                bucketActions.add(grant.action());
            }
        }
        Statements.write(target, this.bucketArn, bucketActions, listPrefixes, byActions(objectActions));
        return target;
    }

    private static Map<List<String>, Set<String>> byActions(Map<String, Set<String>> objectActions) {
        Map<List<String>, Set<String>> resources = new TreeMap<>(
                (a, b) -> String.join(",", a).compareTo(String.join(",", b)));
        objectActions.forEach((resource,
                actions) -> resources.computeIfAbsent(List.copyOf(actions), (key) -> new TreeSet<>()).add(resource));
        return resources;
    }

    private String objectResource(String prefix) {
        return this.bucketArn + "/" + prefix + "*";
    }

    private static Map<String, String> canonical(Stream<String> actions) {
        return actions
            .collect(Collectors.toUnmodifiableMap((action) -> action.toLowerCase(Locale.ROOT), Function.identity()));
    }

    /**
     * One anonymous permission: an action on a resource, for ListBucket possibly limited
     * to one listing prefix.
     *
     * @param resource the ARN
     * @param action the action
     * @param listPrefix the {@code s3:prefix} condition value, or {@code null} when
     * unconditioned
     */
    record Grant(String resource, String action, @Nullable String listPrefix) {

    }

}
