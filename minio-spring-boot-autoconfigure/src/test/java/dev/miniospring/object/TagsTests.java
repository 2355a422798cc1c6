package dev.miniospring.object;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The limits of {@link Tags}, checked when they are built.
 */
class TagsTests {

    @Test
    void keepsTheOrderAndCopiesTheMap() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("b", "2");
        source.put("a", "1");
        Tags tags = Tags.forObject(source);
        source.put("c", "3");
        assertThat(tags.get()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(tags).isEqualTo(Tags.forBucket(Map.of("a", "1", "b", "2"))).hasToString("Tags{b=2, a=1}");
    }

    @Test
    void objectsTakeTenTagsAndBucketsFifty() {
        assertThat(Tags.forObject(tags(10)).size()).isEqualTo(10);
        assertThat(Tags.forBucket(tags(50)).size()).isEqualTo(50);
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(tags(11)))
            .withMessage("'tags' must hold at most 10 tags for an object (has 11)");
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forBucket(tags(51)))
            .withMessage("'tags' must hold at most 50 tags for a bucket (has 51)");
    }

    @Test
    void keysTake128CharactersAndValues256() {
        assertThat(Tags.forObject(Map.of("k".repeat(128), "v".repeat(256))).size()).isEqualTo(1);
        assertThat(Tags.forObject(Map.of("é".repeat(128), "😀".repeat(256))).size()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(Map.of("k".repeat(129), "v")))
            .withMessageStartingWith("'tags' keys must be at most 128 characters")
            .withMessageEndingWith("has 129)");
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forBucket(Map.of("k", "v".repeat(257))))
            .withMessage("'tags' values must be at most 256 characters (the value of key 'k' has 257)");
    }

    @Test
    void emptyOrNullKeysAndNullValuesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(Map.of("", "v")))
            .withMessage("'tags' must not hold a null or empty key");
        Map<String, String> nulls = new HashMap<>();
        nulls.put("k", null);
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(nulls))
            .withMessage("'tags' must not hold a null value (key 'k')");
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(null)).withMessageContaining("'tags'");
        assertThat(Tags.forObject(Map.of("k", "")).get()).containsEntry("k", "");
    }

    private static Map<String, String> tags(int count) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            tags.put("key" + i, "value" + i);
        }
        return tags;
    }

}
