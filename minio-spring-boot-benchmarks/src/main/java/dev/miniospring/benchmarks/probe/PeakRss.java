package dev.miniospring.benchmarks.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the peak resident set size ({@code VmHWM}) of a process from
 * {@code /proc/<pid>/status}.
 */
final class PeakRss {

    private PeakRss() {
    }

    /**
     * Returns the peak RSS.
     * @param pid the process, or {@code "self"}
     * @return kibibytes, or -1 when unavailable
     */
    static long kib(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // gone or not Linux
        }
        return -1;
    }

}
