package dev.miniospring.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the throughput table of a benchmark results file
 * ({@code benchmarks/results/*.md}), failing on any row it cannot read rather than
 * leaving it out.
 */
public final class BenchmarkResults {

    private static final String TABLE_HEADER = "| server | workload | threads | client | throughput (median) |";

    private static final Pattern THROUGHPUT = Pattern.compile("([0-9][0-9,]*) ([A-Za-z]+/s)");

    private static final String JAVA_VERSION_COMMAND = "$ java -version";

    private static final Pattern JAVA_VERSION = Pattern.compile("version \"([0-9]+)");

    private final Path file;

    private final List<BenchmarkRow> rows;

    private final @Nullable String java;

    private BenchmarkResults(Path file, List<BenchmarkRow> rows, @Nullable String java) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.java = java;
    }

    /**
     * Reads the newest full run of a results directory: the last {@code *-full.md} file
     * in name (date) order.
     * @param directory the results directory
     * @return the results
     */
    public static BenchmarkResults newestFullRun(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            Path newest = files.filter((file) -> file.getFileName().toString().endsWith("-full.md"))
                .max(Comparator.comparing((file) -> file.getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("No *-full.md benchmark results in " + directory));
            return read(newest);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Reads one results file.
     * @param file the Markdown file
     * @return the results
     */
    public static BenchmarkResults read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return new BenchmarkResults(file, parse(lines), javaVersion(lines));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses the throughput table of a results file; rows of failed runs are skipped.
     * @param lines the lines of the file
     * @return the measured rows, in table order
     */
    static List<BenchmarkRow> parse(List<String> lines) {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (String line : lines.subList(headerIndex(lines) + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            parseRow(line).ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * Reads the Java version the benchmark ran on from the machine section's
     * {@code java -version} output.
     * @param lines the lines of the file
     * @return the version, such as "Java 25", or {@code null} when the file does not say
     */
    static @Nullable String javaVersion(List<String> lines) {
        int command = lines.indexOf(JAVA_VERSION_COMMAND);
        if (command < 0 || command + 1 >= lines.size()) {
            return null;
        }
        Matcher matcher = JAVA_VERSION.matcher(lines.get(command + 1));
        return matcher.find() ? "Java " + matcher.group(1) : null;
    }

    private static int headerIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(TABLE_HEADER)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No throughput table (" + TABLE_HEADER + ")");
    }

    private static Optional<BenchmarkRow> parseRow(String line) {
        String[] cells = line.substring(1).split("\\|", -1);
        if (cells.length < 5) {
            throw new IllegalArgumentException("Not a throughput row: " + line);
        }
        String throughput = cells[4].strip();
        if (throughput.startsWith("failed")) {
            return Optional.empty();
        }
        Matcher matcher = THROUGHPUT.matcher(throughput);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Unreadable throughput '" + throughput + "' in: " + line);
        }
        return Optional.of(new BenchmarkRow(cells[0].strip(), cells[1].strip(), Integer.parseInt(cells[2].strip()),
                cells[3].replace("**", "").strip(), Long.parseLong(matcher.group(1).replace(",", "")),
                matcher.group(2)));
    }

    /**
     * Returns the file these results were read from.
     * @return the file
     */
    public Path file() {
        return this.file;
    }

    /**
     * Returns the measured rows, in table order.
     * @return the rows
     */
    public List<BenchmarkRow> rows() {
        return this.rows;
    }

    /**
     * Returns the Java version the benchmark ran on.
     * @return the version, such as "Java 25", if the file says
     */
    public Optional<String> java() {
        return Optional.ofNullable(this.java);
    }

}
