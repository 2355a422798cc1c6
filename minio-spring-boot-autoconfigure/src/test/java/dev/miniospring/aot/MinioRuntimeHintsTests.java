package dev.miniospring.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.miniospring.internal.xml.ErrorDocument;
import dev.miniospring.internal.xml.ListAllMyBucketsResult;
import dev.miniospring.internal.xml.ListBucketResult;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MinioRuntimeHints} covers every S3 document class and is registered in
 * {@code aot.factories}.
 */
class MinioRuntimeHintsTests {

    private final RuntimeHints hints = new RuntimeHints();

    @Test
    void isRegisteredInAotFactories() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(MinioRuntimeHints.class);
    }

    @Test
    void registersBindingHintsForDocumentsAndTheirNestedTypes() {
        new MinioRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.reflection().onType(ErrorDocument.class)).accepts(this.hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(ListAllMyBucketsResult.Entry.class)).accepts(this.hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ErrorDocument.class, "code"))
            .accepts(this.hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(ListBucketResult.class)).accepts(this.hints);
    }

    @Test
    void coversEveryDocumentClassOfTheXmlPackage() throws IOException {
        Path xmlSources = Path.of("src/main/java/dev/miniospring/internal/xml");
        try (Stream<Path> files = Files.list(xmlSources)) {
            List<String> documents = files.map((file) -> file.getFileName().toString().replace(".java", ""))
                .filter((name) -> !List
                    .of("package-info", "S3Xml", "S3Namespace", "InvalidXmlException", "RequiredElements")
                    .contains(name))
                .toList();
            assertThat(MinioRuntimeHints.DOCUMENTS).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(documents);
        }
    }

}
