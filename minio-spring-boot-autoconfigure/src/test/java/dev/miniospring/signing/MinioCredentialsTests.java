package dev.miniospring.signing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MinioCredentialsTests {

    @Test
    void toStringHidesSecret() {
        MinioCredentials credentials = new MinioCredentials("access", "very-secret-value");
        assertThat(credentials.toString()).contains("access").doesNotContain("very-secret-value");
    }

    @Test
    void rejectsEmptyKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinioCredentials("", "secret"))
            .withMessageContaining("accessKey");
        assertThatIllegalArgumentException().isThrownBy(() -> new MinioCredentials("access", " "))
            .withMessageContaining("secretKey");
    }

}
