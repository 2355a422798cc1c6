package dev.miniospring.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the starter's configuration properties as Asciidoctor tables, one per property
 * group, from the {@code META-INF/spring-configuration-metadata.json} files on the class
 * path: every {@code minio.*} property and {@code management.health.minio.enabled}, with
 * default and description.
 */
public final class ConfigurationPropertiesTable {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private static final String HEALTH_SWITCH = "management.health.minio.enabled";

    private static final Comparator<String> GROUP_ORDER = Comparator
        .comparing((String group) -> group.startsWith("management."))
        .thenComparing(Comparator.naturalOrder());

    private ConfigurationPropertiesTable() {
    }

    /**
     * Renders the tables of the metadata on the class path of a class loader.
     * @param classLoader the class loader
     * @return the Asciidoctor source
     */
    public static String render(ClassLoader classLoader) {
        List<JsonNode> documents = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(METADATA))) {
                try (InputStream in = url.openStream()) {
                    documents.add(JsonMapper.builder().build().readTree(in));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return render(documents);
    }

    /**
     * Renders the tables of metadata documents.
     * @param documents the parsed metadata documents
     * @return the Asciidoctor source
     */
    static String render(List<JsonNode> documents) {
        List<String> groupNames = new ArrayList<>();
        List<JsonNode> properties = new ArrayList<>();
        for (JsonNode document : documents) {
            document.path("groups").forEach((group) -> groupNames.add(group.path("name").asString()));
            document.path("properties").forEach((property) -> {
                if (isStarters(property.path("name").asString())) {
                    properties.add(property);
                }
            });
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("No minio.* properties in any " + METADATA);
        }
        StringBuilder adoc = new StringBuilder();
        byGroup(properties, groupNames).forEach((group, members) -> table(adoc, group, members));
        return adoc.toString();
    }

    private static boolean isStarters(String name) {
        return name.startsWith("minio.") || name.equals(HEALTH_SWITCH);
    }

    private static Map<String, List<JsonNode>> byGroup(List<JsonNode> properties, List<String> groupNames) {
        Map<String, List<JsonNode>> groups = new TreeMap<>(GROUP_ORDER);
        for (JsonNode property : properties) {
            String name = property.path("name").asString();
            groups.computeIfAbsent(group(name, groupNames), (group) -> new ArrayList<>()).add(property);
        }
        groups.values().forEach((members) -> members.sort(Comparator.comparing((p) -> p.path("name").asString())));
        return groups;
    }

    private static String group(String name, List<String> groupNames) {
        return groupNames.stream()
            .filter((group) -> name.startsWith(group + "."))
            .max(Comparator.comparingInt(String::length))
            .orElse(name.substring(0, name.lastIndexOf('.')));
    }

    private static void table(StringBuilder adoc, String group, List<JsonNode> members) {
        adoc.append("[[properties-").append(group.replace('.', '-')).append("]]\n");
        adoc.append(".`").append(group).append(".*`\n");
        adoc.append("[cols=\"3,2,6\",options=\"header\"]\n|===\n|Property |Default |Description\n\n");
        for (JsonNode property : members) {
            adoc.append("|`").append(property.path("name").asString()).append("`\n");
            adoc.append('|').append(defaultValue(property.path("defaultValue"))).append('\n');
            adoc.append('|').append(text(property.path("description").asString())).append("\n\n");
        }
        adoc.append("|===\n\n");
    }

    private static String defaultValue(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach((element) -> values.add(element.asString()));
        }
        else {
            values.add(value.asString());
        }
        return values.isEmpty() ? "" : "`" + String.join(",", values) + "`";
    }

    private static String text(String description) {
        return "pass:c[" + description.replace("|", "\\|").replace("]", "\\]") + "]";
    }

}
