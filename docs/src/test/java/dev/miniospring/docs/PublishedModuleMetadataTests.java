package dev.miniospring.docs;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published module declares what Maven Central requires of its POM that the project
 * can give today (name, description, licence) and builds sources and javadoc jars.
 */
class PublishedModuleMetadataTests {

    private static final String APACHE_LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0.txt";

    @ParameterizedTest
    @ValueSource(strings = { "minio-spring-boot-autoconfigure", "minio-spring-boot-starter", "minio-spring-boot-test",
            "minio-spring-boot-test-server" })
    void publishedModuleHasNameDescriptionLicenceAndDocumentationJars(String module) throws Exception {
        Element project = read(Path.of("..", module, "pom.xml"));
        assertThat(child(project, "name")).as("name of %s", module).isNotBlank();
        assertThat(child(project, "description")).as("description of %s", module).isNotBlank();
        assertThat(licenceUrl(project)).as("licence of %s", module).isEqualTo(APACHE_LICENSE_URL);
        Element properties = element(project, "properties");
        for (String skip : new String[] { "maven.deploy.skip", "maven.javadoc.skip", "maven.source.skip" }) {
            assertThat((properties != null) ? child(properties, skip) : "").as("%s of %s", skip, module).isEmpty();
        }
    }

    @Test
    void licenceFileIsTheApacheLicence() throws Exception {
        assertThat(Files.readString(Path.of("..", "LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "END OF TERMS AND CONDITIONS");
    }

    private static String licenceUrl(Element project) throws Exception {
        Element licenses = element(project, "licenses");
        if (licenses == null) {
            assertThat(element(project, "parent")).as("a parent declaring the licence").isNotNull();
            return licenceUrl(read(Path.of("..", "pom.xml")));
        }
        return child(element(licenses, "license"), "url");
    }

    private static Element read(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static String child(Element parent, String name) {
        Element element = element(parent, name);
        return (element != null) ? element.getTextContent().strip() : "";
    }

    private static @Nullable Element element(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

}
