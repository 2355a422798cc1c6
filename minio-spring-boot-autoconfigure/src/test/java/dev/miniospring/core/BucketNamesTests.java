package dev.miniospring.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BucketNamesTests {

    @ParameterizedTest
    @ValueSource(strings = { "abc", "my-bucket", "my.bucket.01", "0bucket9",
            "a23456789012345678901234567890123456789012345678901234567890123" })
    void acceptsValidNames(String bucket) {
        assertThatNoException().isThrownBy(() -> BucketNames.validate(bucket));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ab|3 to 63 characters",
            "a234567890123456789012345678901234567890123456789012345678901234|3 to 63 characters",
            "My-Bucket|lower-case letters, digits", "my_bucket|lower-case letters, digits", "-bucket|start and end",
            "bucket-|start and end", ".bucket|start and end", "my..bucket|adjacent periods", "192.168.1.10|IP address",
            "bucket name|lower-case letters, digits" })
    void rejectsNamesBreakingARule(String bucket, String rule) {
        assertThatIllegalArgumentException().isThrownBy(() -> BucketNames.validate(bucket))
            .withMessageContaining("'bucket'")
            .withMessageContaining(rule);
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> BucketNames.validate(null))
            .withMessageContaining("must not be null");
    }

}
