package dev.miniospring.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the throughput of the starter's default client and of the other libraries on
 * the do-nothing server (pure client cost) as an SVG bar chart: one group of bars per
 * workload, each scaled to the group's best, labelled with its value.
 */
public final class BenchmarkChart {

    static final String SERVER = "do-nothing";

    static final List<ChartClient> CLIENTS = List.of(
            new ChartClient("MinioTemplate/HC5", "MinioTemplate (Apache HttpClient 5, the default)", "#2b8a3e"),
            new ChartClient("MinIO SDK", "MinIO Java SDK", "#e8590c"),
            new ChartClient("AWS SDK v2 S3Client", "AWS SDK v2 S3Client", "#1971c2"),
            new ChartClient("AWS S3TransferManager (CRT)", "AWS S3TransferManager (CRT)", "#7048e8"));

    private static final int WIDTH = 860;

    private static final int LABEL_WIDTH = 270;

    private static final int BAR_WIDTH = 480;

    private static final int BAR_HEIGHT = 13;

    private static final int BAR_STEP = 16;

    private static final int GROUP_GAP = 12;

    private static final int TOP = 96;

    private BenchmarkChart() {
    }

    /**
     * Renders the chart of a results file.
     * @param results the results
     * @param source how the chart names the results file
     * @return the SVG document
     */
    public static String render(BenchmarkResults results, String source) {
        Map<String, List<BenchmarkRow>> groups = groups(results.rows());
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("No rows of the " + SERVER + " server for the charted clients");
        }
        SvgWriter svg = new SvgWriter(WIDTH, height(groups));
        header(svg, source, results.java().map((java) -> ", " + java).orElse(""));
        int y = TOP;
        for (List<BenchmarkRow> group : groups.values()) {
            y = group(svg, group, y);
        }
        return svg.finish();
    }

    private static Map<String, List<BenchmarkRow>> groups(List<BenchmarkRow> rows) {
        Map<String, List<BenchmarkRow>> groups = new LinkedHashMap<>();
        rows.stream()
            .filter((row) -> row.server().equals(SERVER))
            .filter((row) -> CLIENTS.stream().anyMatch((client) -> client.name().equals(row.client())))
            .forEach((row) -> groups.computeIfAbsent(row.label(), (label) -> new ArrayList<>()).add(row));
        groups.values().forEach((group) -> group.sort(Comparator.comparing(BenchmarkChart::clientIndex)));
        return groups;
    }

    private static int height(Map<String, List<BenchmarkRow>> groups) {
        return TOP + groups.values().stream().mapToInt((group) -> group.size() * BAR_STEP + GROUP_GAP).sum() + 8;
    }

    private static void header(SvgWriter svg, String source, String java) {
        svg.text(12, 26, 17, "bold", "Throughput on a do-nothing S3 endpoint (client cost only): higher is better");
        svg.text(12, 46, 12, "normal", "Median of interleaved rounds, " + source
                + "; each workload's bars are scaled to its best; 2-core machine" + java + ".");
        int x = 12;
        for (ChartClient client : CLIENTS) {
            svg.rect(x, 62, 12, 12, client.color());
            svg.text(x + 17, 72, 12, "normal", client.title());
            x += 30 + client.title().length() * 28 / 5;
        }
    }

    private static int group(SvgWriter svg, List<BenchmarkRow> group, int top) {
        long best = group.stream().mapToLong(BenchmarkRow::throughput).max().orElseThrow();
        int middle = top + (group.size() * BAR_STEP) / 2 + 4;
        svg.text(12, middle, 12, "bold", group.get(0).label());
        int y = top;
        for (BenchmarkRow row : group) {
            int length = (int) Math.max(1, Math.round((double) BAR_WIDTH * row.throughput() / best));
            svg.rect(LABEL_WIDTH, y, length, BAR_HEIGHT, CLIENTS.get(clientIndex(row)).color());
            svg.text(LABEL_WIDTH + length + 5, y + 11, 11, "normal",
                    String.format(Locale.ROOT, "%,d %s", row.throughput(), row.unit()));
            y += BAR_STEP;
        }
        svg.line(LABEL_WIDTH, y + GROUP_GAP / 2 - 2, WIDTH - 12, y + GROUP_GAP / 2 - 2, "#dee2e6");
        return y + GROUP_GAP;
    }

    private static int clientIndex(BenchmarkRow row) {
        for (int i = 0; i < CLIENTS.size(); i++) {
            if (CLIENTS.get(i).name().equals(row.client())) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not a charted client: " + row.client());
    }

    /**
     * A client the chart shows.
     *
     * @param name the client's name in the results table
     * @param title the client's name in the legend
     * @param color the colour of its bars
     */
    record ChartClient(String name, String title, String color) {
    }

}
