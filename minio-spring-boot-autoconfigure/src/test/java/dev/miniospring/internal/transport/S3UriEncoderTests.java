package dev.miniospring.internal.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S3UriEncoderTests {

    @Test
    void keepsUnreservedCharacters() {
        assertThat(S3UriEncoder.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
    }

    @Test
    void encodesReservedCharactersTheAwsWay() {
        assertThat(S3UriEncoder.encode("$()=+ &/*'!,;:@%"))
            .isEqualTo("%24%28%29%3D%2B%20%26%2F%2A%27%21%2C%3B%3A%40%25");
    }

    @Test
    void keepsSlashesOnlyInPaths() {
        assertThat(S3UriEncoder.encodePath("dir/sub dir/file(1).txt")).isEqualTo("dir/sub%20dir/file%281%29.txt");
        assertThat(S3UriEncoder.encode("dir/file")).isEqualTo("dir%2Ffile");
    }

    @Test
    void encodesUtf8BytesInUpperCase() {
        assertThat(S3UriEncoder.encodePath("日本/ü")).isEqualTo("%E6%97%A5%E6%9C%AC/%C3%BC");
    }

}
