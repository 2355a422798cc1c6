package dev.miniospring.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link BenchmarkResults} and {@link BenchmarkChart}, and that the committed
 * chart is the one the committed results give.
 */
class BenchmarkChartTests {

    private static final List<String> RESULTS = List.of("# Client benchmark", "",
            "| server | workload | threads | client | throughput (median) | p50 ms | p99 ms |",
            "|---|---|---:|---|---:|---:|---:|",
            "| do-nothing | 4 KiB PUT | 1 | **MinioTemplate/HC5** | 8,776 ops/s | 0.10 | 0.22 |",
            "| do-nothing | 4 KiB PUT | 1 | **MinioTemplate/JDK** | 2,348 ops/s | 0.40 | 3.05 |",
            "| do-nothing | 4 KiB PUT | 1 | MinIO SDK | 3,404 ops/s | 0.24 | 2.97 |",
            "| do-nothing | 256 MiB GET | 1 | AWS S3TransferManager (CRT) | 2,135 MiB/s | 119.90 | 195.06 |",
            "| do-nothing | 256 MiB GET | 1 | **MinioTemplate/HC5** | 3,424 MiB/s | 74.76 | 109.35 |",
            "| S3Proxy | 4 KiB PUT | 1 | MinIO SDK | 1,118 ops/s | 0.81 | 2.59 |",
            "| S3Proxy | 256 MiB PUT known length | 1 | AWS S3TransferManager (CRT) | failed: Upload Id not found | | |",
            "", "## Memory probe", "| client | upload |", "|---|---|", "| template-jdk | succeeded |");

    @Test
    void committedChartIsTheChartOfTheNewestFullRun() throws IOException {
        String committed = Files.readString(Path.of("images", ReferenceSources.CHART), StandardCharsets.UTF_8);
        assertThat(ReferenceSources.chart(Path.of("../benchmarks/results")))
            .as("docs/images/%s is stale: copy docs/target/generated-docs/images/%1$s over it after a build",
                    ReferenceSources.CHART)
            .isEqualTo(committed);
    }

    @Test
    void readsEveryMeasuredRowOfTheThroughputTableOnly() {
        List<BenchmarkRow> rows = BenchmarkResults.parse(RESULTS);
        assertThat(rows).hasSize(6)
            .first()
            .isEqualTo(new BenchmarkRow("do-nothing", "4 KiB PUT", 1, "MinioTemplate/HC5", 8776, "ops/s"));
        assertThat(rows).extracting(BenchmarkRow::client).doesNotContain("template-jdk");
        assertThat(rows).noneMatch((row) -> row.workload().startsWith("256 MiB PUT"));
    }

    @Test
    void refusesAThroughputItCannotRead() {
        List<String> lines = List.of("| server | workload | threads | client | throughput (median) |",
                "|---|---|---|---|---|", "| do-nothing | HEAD | 1 | MinIO SDK | about 5k ops/s |");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkResults.parse(lines))
            .withMessageContaining("'about 5k ops/s'");
    }

    @Test
    void refusesAFileWithoutThroughputTable() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkResults.parse(List.of("# nothing measured")))
            .withMessageContaining("No throughput table");
    }

    @Test
    void chartsTheDoNothingRowsOfTheDefaultClientAndTheOtherLibraries() {
        BenchmarkResults results = BenchmarkResults.read(write(RESULTS));
        String svg = BenchmarkChart.render(results, "results & more");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .contains(">4 KiB PUT, 1 thread<", ">256 MiB GET, 1 thread<", ">8,776 ops/s<", ">3,404 ops/s<",
                    ">3,424 MiB/s<", ">2,135 MiB/s<", "results &amp; more")
            .doesNotContain("2,348 ops/s", "1,118 ops/s");
        assertThat(svg.indexOf(">8,776 ops/s<")).isLessThan(svg.indexOf(">3,404 ops/s<"));
        assertThat(svg.indexOf(">3,424 MiB/s<")).as("the template's bar first")
            .isLessThan(svg.indexOf(">2,135 MiB/s<"));
    }

    @Test
    void namesTheJavaVersionOfTheMachineSection() {
        List<String> lines = new ArrayList<>(RESULTS);
        lines.addAll(
                List.of("## Machine", "```", "$ java -version", "openjdk version \"25.0.3\" 2026-04-21 LTS", "```"));
        assertThat(BenchmarkChart.render(BenchmarkResults.read(write(lines)), "results"))
            .contains("2-core machine, Java 25.");
        assertThat(BenchmarkChart.render(BenchmarkResults.read(write(RESULTS)), "results")).contains("2-core machine.")
            .doesNotContain("machine, Java");
    }

    @Test
    void scalesEachWorkloadToItsBest() {
        String svg = BenchmarkChart.render(BenchmarkResults.read(write(RESULTS)), "results");
        assertThat(svg).contains("width=\"480\" height=\"13\" fill=\"#2b8a3e\"")
            .contains("width=\"186\" height=\"13\" fill=\"#e8590c\"")
            .contains("width=\"299\" height=\"13\" fill=\"#7048e8\"");
    }

    private static Path write(List<String> lines) {
        try {
            Path file = Files.createTempFile("benchmark-results", ".md");
            file.toFile().deleteOnExit();
            return Files.write(file, lines);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
