package dev.miniospring.benchmarks.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The starts measured by {@link StartupBenchmark} and the jars the starter adds, rendered
 * as a Markdown section.
 *
 * @param runs the measured starts, in the order they ran
 * @param addedJars the jars the starter adds to the app's runtime classpath
 * @param addedBytes their total size
 */
public record StartupResult(List<StartupRun> runs, List<Path> addedJars, long addedBytes) {

    private static final List<String> REQUESTS = List.of("first-stat", "second-stat", "first-put", "second-put");

    /**
     * Renders the section.
     * @return the Markdown text
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("- ")
            .append(runs(true).size())
            .append(" starts of each variant in fresh JVMs (same JVM options and ")
            .append("arguments), interleaved, after one discarded start of each; *boot* is the time Spring Boot ")
            .append("reports at `ApplicationStartedEvent` (context refreshed), *wall* the time from starting the JVM ")
            .append("to that event, *CPU* the JVM process's CPU time at that event (all threads; the figure least ")
            .append("disturbed by other processes on a busy machine)\n")
            .append("- 1-minute load during the starts: ")
            .append(loadRange())
            .append("\n\n")
            .append("| app | boot median | boot min–max | wall median | wall min–max | CPU median | CPU min–max |\n")
            .append("|---|---:|---:|---:|---:|---:|---:|\n")
            .append(row("web + actuator", runs(false)))
            .append(row("web + actuator + starter", runs(true)))
            .append("| **starter's cost** (difference of medians; median of paired differences) | ")
            .append(delta(StartupRun::bootNanos))
            .append(" | | ")
            .append(delta(StartupRun::wallNanos))
            .append(" | | ")
            .append(delta(StartupRun::cpuNanos))
            .append(" | |\n\n")
            .append(countsTable())
            .append("First requests of the auto-configured template after start-up (do-nothing server, median over the ")
            .append("starts with the starter): ")
            .append(REQUESTS.stream()
                .map((name) -> name + " " + millis(median(runs(true), (run) -> run.requests().getOrDefault(name, -1L))))
                .collect(Collectors.joining(", ")))
            .append("\n\nJars the starter adds to the runtime classpath (from the resolved dependency tree): ")
            .append(this.addedJars.size())
            .append(", ")
            .append(String.format(Locale.ROOT, "%.2f MB", this.addedBytes / 1_000_000.0))
            .append(": ")
            .append(this.addedJars.stream()
                .map((jar) -> "`" + jar.getFileName() + "`")
                .collect(Collectors.joining(", ")))
            .append('\n');
        return md.toString();
    }

    private String countsTable() {
        return "Main thread (it refreshes the context; without JIT and GC threads), loaded classes and bean "
                + "definitions at the same event, medians:\n\n"
                + "| app | main-thread CPU | classes | beans |\n|---|---:|---:|---:|\n"
                + countsRow("web + actuator", runs(false)) + countsRow("web + actuator + starter", runs(true))
                + "| **starter's cost** (difference of medians; median of paired differences) | "
                + delta(StartupRun::mainCpuNanos) + " | " + counts(StartupRun::classes) + " | "
                + counts(StartupRun::beans) + " |\n\n";
    }

    private String countsRow(String name, List<StartupRun> runs) {
        return "| " + name + " | " + millis(median(runs, StartupRun::mainCpuNanos)) + " | "
                + median(runs, StartupRun::classes) + " | " + median(runs, StartupRun::beans) + " |\n";
    }

    private String counts(ToLongFunction<StartupRun> value) {
        return "+" + (median(runs(true), value) - median(runs(false), value));
    }

    private List<StartupRun> runs(boolean withStarter) {
        return this.runs.stream().filter((run) -> run.withStarter() == withStarter).toList();
    }

    private String row(String name, List<StartupRun> runs) {
        return "| " + name + " | " + millis(median(runs, StartupRun::bootNanos)) + " | "
                + range(runs, StartupRun::bootNanos) + " | " + millis(median(runs, StartupRun::wallNanos)) + " | "
                + range(runs, StartupRun::wallNanos) + " | " + millis(median(runs, StartupRun::cpuNanos)) + " | "
                + range(runs, StartupRun::cpuNanos) + " |\n";
    }

    private String delta(ToLongFunction<StartupRun> value) {
        long ofMedians = median(runs(true), value) - median(runs(false), value);
        List<StartupRun> with = runs(true);
        List<StartupRun> without = runs(false);
        long[] paired = new long[with.size()];
        for (int i = 0; i < paired.length; i++) {
            paired[i] = value.applyAsLong(with.get(i)) - value.applyAsLong(without.get(i));
        }
        return "**" + millis(ofMedians) + "**; " + millis(median(paired));
    }

    private String loadRange() {
        return String.format(Locale.ROOT, "%.2f–%.2f",
                this.runs.stream().mapToDouble(StartupRun::load).min().orElse(-1),
                this.runs.stream().mapToDouble(StartupRun::load).max().orElse(-1));
    }

    private static String range(List<StartupRun> runs, ToLongFunction<StartupRun> value) {
        return millis(runs.stream().mapToLong(value).min().orElse(-1)) + "–"
                + millis(runs.stream().mapToLong(value).max().orElse(-1));
    }

    private static long median(List<StartupRun> runs, ToLongFunction<StartupRun> value) {
        return median(runs.stream().mapToLong(value).toArray());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return (n == 0) ? -1 : ((n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, (Math.abs(nanos) < 10_000_000) ? "%.1f ms" : "%.0f ms", nanos / 1e6);
    }

}
