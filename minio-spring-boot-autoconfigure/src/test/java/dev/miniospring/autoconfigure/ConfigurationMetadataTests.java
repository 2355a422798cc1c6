package dev.miniospring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code spring-configuration-metadata.json} documents every
 * {@code minio.*} property.
 */
class ConfigurationMetadataTests {

    @Test
    void everyPropertyHasTypeAndDescription() throws IOException {
        List<JsonNode> properties = minioProperties();
        assertThat(properties).extracting((property) -> property.get("name").asString())
            .contains("minio.endpoint", "minio.access-key", "minio.secret-key", "minio.region",
                    "minio.addressing-style", "minio.enabled", "minio.health.buckets", "minio.retry.max-attempts",
                    "minio.retry.base-delay", "minio.retry.max-delay");
        assertThat(properties).allSatisfy((property) -> {
            assertThat(property.path("type").asString()).as("type of %s", property.get("name")).isNotEmpty();
            assertThat(property.path("description").asString()).as("description of %s", property.get("name"))
                .isNotBlank()
                .doesNotContain("{@code")
                .matches("^[A-Z'].*");
        });
    }

    @Test
    void declaresDefaults() throws IOException {
        assertThat(minioProperties()).filteredOn((property) -> property.get("name").asString().equals("minio.enabled"))
            .singleElement()
            .satisfies((property) -> assertThat(property.get("defaultValue").asBoolean()).isTrue());
        assertThat(minioProperties())
            .filteredOn((property) -> property.get("name").asString().equals("minio.addressing-style"))
            .singleElement()
            .satisfies((property) -> assertThat(property.get("defaultValue").asString()).isEqualTo("auto"));
    }

    @Test
    void documentsTheHealthIndicatorSwitch() throws IOException {
        assertThat(read().path("properties"))
            .filteredOn((property) -> property.get("name").asString().equals("management.health.minio.enabled"))
            .singleElement()
            .satisfies((property) -> {
                assertThat(property.path("type").asString()).isEqualTo("java.lang.Boolean");
                assertThat(property.path("defaultValue").asBoolean(false)).isTrue();
                assertThat(property.path("description").asString()).matches("^[A-Z].*");
            });
    }

    @Test
    void readmeDocumentsEveryProperty() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        List<String> names = new ArrayList<>(List.of("management.health.minio.enabled"));
        minioProperties().forEach((property) -> names.add(property.get("name").asString()));
        assertThat(names)
            .allSatisfy((name) -> assertThat(readme).as("README mentions %s", name).contains("`" + name + "`"));
    }

    @Test
    void offersRegionHints() throws IOException {
        JsonNode metadata = read();
        List<String> hinted = new ArrayList<>();
        metadata.path("hints").forEach((hint) -> hinted.add(hint.get("name").asString()));
        assertThat(hinted).contains("minio.region");
    }

    private static List<JsonNode> minioProperties() throws IOException {
        List<JsonNode> properties = new ArrayList<>();
        read().path("properties").forEach((property) -> {
            if (property.get("name").asString().startsWith("minio.")) {
                properties.add(property);
            }
        });
        return properties;
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = ConfigurationMetadataTests.class
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

}
