package dev.miniospring.benchmarks.diagnosis;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The context switches (voluntary and involuntary) of the live threads of a process, from
 * Linux's {@code /proc/<pid>/task/<tid>/status}; threads that ended are not counted, so
 * the diagnosis keeps its threads (pooled platform threads, the carriers of virtual
 * threads) alive across rounds.
 */
final class ContextSwitches {

    private ContextSwitches() {
    }

    /**
     * Returns the context switches of a process's live threads.
     * @param pid the process
     * @return their sum, or {@code -1} where {@code /proc} is not readable
     */
    static long of(long pid) {
        long switches = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                switches += ofTask(task);
            }
            return switches;
        }
        catch (IOException ex) {
            return -1;
        }
    }

    private static long ofTask(Path task) {
        return sum(task.resolve("status"), (line) -> line.contains("ctxt_switches:"), 0);
    }

    /**
     * Returns the voluntary context switches of the calling thread: the times it waited,
     * e.g. for the network.
     * @return their number, or {@code -1} where {@code /proc} is not readable
     */
    static long voluntaryOfCurrentThread() {
        return sum(Path.of("/proc/thread-self/status"), (line) -> line.startsWith("voluntary_ctxt_switches:"), -1);
    }

    private static long sum(Path status, Predicate<String> field, long unreadable) {
        try {
            return Files.readAllLines(status)
                .stream()
                .filter(field)
                .mapToLong((line) -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
                .sum();
        }
        catch (IOException ex) {
            return unreadable;
        }
    }

}
