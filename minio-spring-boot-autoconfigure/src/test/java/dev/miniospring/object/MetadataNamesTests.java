package dev.miniospring.object;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * User metadata names with or without their {@code x-amz-meta-} prefix, in any case, in
 * {@link MetadataNames} and in the option types that check them.
 */
class MetadataNamesTests {

    private static final String TOKEN_RULE = "must be a non-empty HTTP token (letters, digits and !#$%&'*+.^_`|~-)";

    @Test
    void prefixInAnyCaseIsRemovedAndTheNameKeepsItsCase() {
        assertThat(MetadataNames.withoutPrefix("X-Amz-Meta-Owner")).isEqualTo("Owner");
        assertThat(MetadataNames.withoutPrefix("x-amz-meta-owner")).isEqualTo("owner");
        assertThat(MetadataNames.withoutPrefix("Owner")).isEqualTo("Owner");
        assertThat(MetadataNames.withoutPrefix("x-amz-meta")).isEqualTo("x-amz-meta");
        assertThat(MetadataNames.withoutPrefix("X-AMZ-META-")).isEmpty();
    }

    @Test
    void headerNameIsThePrefixAndTheLowerCaseName() {
        assertThat(MetadataNames.headerName("Owner")).isEqualTo("x-amz-meta-owner");
        assertThat(MetadataNames.headerName("X-AMZ-META-Owner")).isEqualTo("x-amz-meta-owner");
        assertThat(MetadataNames.isMetadataHeader("X-Amz-Meta-Owner")).isTrue();
        assertThat(MetadataNames.isMetadataHeader("x-amz-metadata-directive")).isFalse();
        assertThat(MetadataNames.isMetadataHeader("Content-Type")).isFalse();
    }

    @Test
    void optionTypesCheckTheNameWithoutThePrefixAndKeepTheNamesAsGiven() {
        for (Function<Map<String, String>, Map<String, String>> options : optionTypes()) {
            Map<String, String> metadata = Map.of("X-Amz-Meta-Owner", "ann", "camera", "front");
            assertThat(options.apply(metadata)).isEqualTo(metadata);
            assertThatIllegalArgumentException().isThrownBy(() -> options.apply(Map.of("X-AMZ-META-bad name", "v")))
                .withMessage("'metadata' name 'bad name' " + TOKEN_RULE);
            assertThatIllegalArgumentException().isThrownBy(() -> options.apply(Map.of("x-amz-meta-", "v")))
                .withMessage("'metadata' name '' " + TOKEN_RULE);
        }
    }

    private static List<Function<Map<String, String>, Map<String, String>>> optionTypes() {
        return List.of((metadata) -> PutObjectOptions.none().withMetadata(metadata).metadata(),
                (metadata) -> CopyObjectOptions.none().withMetadata(metadata).metadata(),
                (metadata) -> ComposeObjectOptions.none().withMetadata(metadata).metadata());
    }

}
