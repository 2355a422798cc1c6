package dev.miniospring.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated parts of the reference before Asciidoctor runs:
 * {@code properties.adoc} and {@code benchmark-results.svg}.
 */
public final class ReferenceSources {

    /**
     * The file name of the benchmark chart, in the reference's images and in
     * {@code docs/images}.
     */
    public static final String CHART = "benchmark-results.svg";

    private ReferenceSources() {
    }

    /**
     * Writes the generated sources.
     * @param args the benchmark results directory, the directory of generated Asciidoctor
     * sources and the images directory of the HTML output
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "Usage: ReferenceSources <results directory> <adoc directory> " + "<images directory>");
        }
        write(Path.of(args[1], "properties.adoc"),
                ConfigurationPropertiesTable.render(ReferenceSources.class.getClassLoader()));
        write(Path.of(args[2], CHART), chart(Path.of(args[0])));
    }

    /**
     * Renders the chart of the newest full benchmark run of a results directory.
     * @param resultsDirectory the results directory
     * @return the SVG document
     */
    public static String chart(Path resultsDirectory) {
        BenchmarkResults results = BenchmarkResults.newestFullRun(resultsDirectory);
        return BenchmarkChart.render(results, "benchmarks/results/" + results.file().getFileName());
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

}
