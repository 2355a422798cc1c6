package dev.miniospring.test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a main class in a JVM of its own with the test class path, so that a test can
 * bound its heap.
 */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    /**
     * Runs a main class and asserts that it ends within two minutes with exit code 0.
     * @param heap the heap option, such as {@code -Xmx96m}
     * @param main the class with the {@code main} method
     * @param args its arguments
     * @return what it printed
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting for it
     */
    public static String run(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
        return run(heap, (entry) -> true, main, args);
    }

    /**
     * Runs a main class with only some entries of the test class path and asserts that it
     * ends within two minutes with exit code 0.
     * @param heap the heap option, such as {@code -Xmx96m}
     * @param classPathEntries which class path entries (jars, directories) to keep
     * @param main the class with the {@code main} method
     * @param args its arguments
     * @return what it printed
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted while waiting for it
     */
    public static String run(String heap, Predicate<String> classPathEntries, Class<?> main, String... args)
            throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(classPathEntries)
            .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                        "-XX:+ExitOnOutOfMemoryError", "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println("Forked " + main.getSimpleName() + ": " + output.strip());
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

}
