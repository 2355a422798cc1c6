package dev.miniospring.test;

import dev.miniospring.MinioErrorResponseException;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Asserts that an operation fails with the server's {@code NotImplemented} (HTTP 501)
 * error, reported as such.
 */
public final class NotImplementedAssertions {

    private NotImplementedAssertions() {
    }

    /**
     * Asserts that the operation throws a {@link MinioErrorResponseException} for
     * {@code NotImplemented} (501).
     * @param operation the operation to run
     */
    public static void assertNotImplemented(Executable operation) {
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(operation::execute).satisfies((ex) -> {
            assertThat(ex.code()).isEqualTo("NotImplemented");
            assertThat(ex.statusCode()).isEqualTo(501);
            assertThat(ex.getMessage()).startsWith("NotImplemented (HTTP 501)");
        });
    }

}
