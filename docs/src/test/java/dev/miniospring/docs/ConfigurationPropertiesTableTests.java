package dev.miniospring.docs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ConfigurationPropertiesTable}.
 */
class ConfigurationPropertiesTableTests {

    @Test
    void listsEveryPropertyOfTheStartersMetadataWithItsDefault() throws Exception {
        String adoc = ConfigurationPropertiesTable.render(getClass().getClassLoader());
        List<String> names = new ArrayList<>();
        for (var url : Collections
            .list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            JsonMapper.builder().build().readTree(url.openStream()).path("properties").forEach((property) -> {
                String name = property.path("name").asString();
                if (name.startsWith("minio.")) {
                    names.add(name);
                }
            });
        }
        assertThat(names).contains("minio.endpoint", "minio.retry.max-attempts", "minio.listener.phase");
        assertThat(names).allSatisfy((name) -> assertThat(adoc).contains("|`" + name + "`\n"));
        assertThat(adoc).contains("|`management.health.minio.enabled`\n|`true`")
            .contains("|`minio.part-size`\n|`16MB`")
            .contains(".`minio.retry.budget.*`")
            .doesNotContain("`spring.");
        assertThat(adoc).as("the minio.* groups first").startsWith("[[properties-minio]]");
    }

    @Test
    void groupsPropertiesUnderTheirLongestGroupAndEscapesTableSyntax() {
        JsonNode metadata = JsonMapper.builder().build().readTree("""
                {"groups": [{"name": "minio"}, {"name": "minio.retry"}],
                 "properties": [
                   {"name": "minio.retry.max-attempts", "defaultValue": 3, "description": "Attempts | retries."},
                   {"name": "minio.health.buckets", "defaultValue": ["a", "b"], "description": "Buckets [a] <b>."},
                   {"name": "minio.endpoint", "description": "URL."},
                   {"name": "server.port", "description": "Not ours."}]}
                """);
        String adoc = ConfigurationPropertiesTable.render(List.of(metadata));
        assertThat(adoc).contains(".`minio.*`\n", ".`minio.retry.*`\n")
            .doesNotContain(".`minio.health.*`")
            .contains("|`minio.retry.max-attempts`\n|`3`\n|pass:c[Attempts \\| retries.]")
            .contains("|`minio.health.buckets`\n|`a,b`\n|pass:c[Buckets [a\\] <b>.]")
            .contains("|`minio.endpoint`\n|\n|pass:c[URL.]")
            .doesNotContain("server.port");
        assertThat(adoc.indexOf("minio.health.buckets")).isLessThan(adoc.indexOf(".`minio.retry.*`"));
    }

    @Test
    void failsWithoutTheStartersMetadata() {
        JsonNode metadata = JsonMapper.builder().build().readTree("{\"properties\": [{\"name\": \"server.port\"}]}");
        assertThatIllegalStateException().isThrownBy(() -> ConfigurationPropertiesTable.render(List.of(metadata)))
            .withMessageContaining("No minio.* properties");
    }

}
