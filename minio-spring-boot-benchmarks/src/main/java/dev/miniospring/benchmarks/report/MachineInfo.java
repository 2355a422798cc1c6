package dev.miniospring.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Describes the machine: {@code nproc}, {@code free -g}, {@code java -version} and the
 * load average.
 */
public final class MachineInfo {

    private MachineInfo() {
    }

    /**
     * Returns the load average line of {@code /proc/loadavg}.
     * @return the line, or "unavailable"
     */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        }
        catch (IOException ex) {
            return "unavailable";
        }
    }

    /**
     * Returns the 1-minute load average.
     * @return the load, or -1 when unavailable
     */
    public static double oneMinuteLoad() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        }
        catch (RuntimeException ex) {
            return -1;
        }
    }

    /**
     * Returns the machine description as a Markdown code block.
     * @return the description
     */
    public static String describe() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "```\n$ nproc\n" + run(List.of("nproc")) + "$ free -g\n" + run(List.of("free", "-g"))
                + "$ java -version\n" + run(List.of(javaBin, "-version")) + "$ uname -srm\n"
                + run(List.of("uname", "-srm")) + "$ grep 'model name' /proc/cpuinfo | head -1\n"
                + run(List.of("sh", "-c", "grep 'model name' /proc/cpuinfo | head -1")) + "```\n";
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return out.endsWith("\n") ? out : out + "\n";
        }
        catch (IOException ex) {
            return "unavailable: " + ex.getMessage() + "\n";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted\n";
        }
    }

}
