package dev.miniospring.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this module in a child JVM, on the same classpath unless told
 * otherwise.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts a child JVM.
     * @param jvmOptions options such as {@code -Xmx96m}
     * @param mainClass the class to run
     * @param args its arguments
     * @return the builder, ready to start
     */
    public static ProcessBuilder builder(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
        return builder(jvmOptions, System.getProperty("java.class.path"), mainClass, args);
    }

    /**
     * Starts a child JVM on another classpath.
     * @param jvmOptions options such as {@code -Xmx96m}
     * @param classPath the classpath
     * @param mainClass the class to run
     * @param args its arguments
     * @return the builder, ready to start
     */
    public static ProcessBuilder builder(List<String> jvmOptions, String classPath, Class<?> mainClass,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /**
     * Starts a child JVM whose standard error is inherited.
     * @param jvmOptions options such as {@code -Xmx96m}
     * @param mainClass the class to run
     * @param args its arguments
     * @return the process
     * @throws IOException when it cannot be started
     */
    public static Process start(List<String> jvmOptions, Class<?> mainClass, List<String> args) throws IOException {
        return builder(jvmOptions, mainClass, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

}
