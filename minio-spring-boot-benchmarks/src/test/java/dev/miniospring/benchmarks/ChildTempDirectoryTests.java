package dev.miniospring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM started with a {@link ChildTempDirectory} writes its temporary files there,
 * not into this JVM's temporary directory, and closing it deletes what the child left.
 */
class ChildTempDirectoryTests {

    @Test
    void childLeavesItsTemporaryFilesInItsOwnDirectoryWhichClosingDeletes() throws Exception {
        Path left;
        Path directory;
        try (ChildTempDirectory tmp = ChildTempDirectory.create()) {
            directory = tmp.path();
            left = Path.of(runChild(tmp));
            assertThat(left).startsWith(directory).isDirectory();
            assertThat(left.resolve("work/session.ser")).isRegularFile();
        }
        assertThat(left).doesNotExist();
        assertThat(directory).doesNotExist();
    }

    @Test
    void closingADirectoryAlreadyDeletedDoesNothing() throws IOException {
        ChildTempDirectory tmp = ChildTempDirectory.create();
        Files.delete(tmp.path());
        tmp.close();
        assertThat(tmp.path()).doesNotExist();
    }

    private static String runChild(ChildTempDirectory tmp) throws IOException, InterruptedException {
        Process process = ChildJvm.builder(List.of(tmp.jvmOption()), TomcatLikeMain.class, List.of())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return output;
    }

    /**
     * Leaves a directory with files in its temporary directory, as embedded Tomcat does,
     * and prints its path.
     */
    static final class TomcatLikeMain {

        public static void main(String[] args) throws IOException {
            Path base = Files.createTempDirectory("tomcat.0.");
            Files.createDirectories(base.resolve("work"));
            Files.writeString(base.resolve("work/session.ser"), "left behind");
            System.out.println(base);
        }

    }

}
