package dev.miniospring.benchmarks.soak;

import java.util.List;
import java.util.Map;

/**
 * Renders the soak's figures as Markdown.
 */
final class SoakReport {

    private SoakReport() {
    }

    static String render(SoakOptions options, SoakStats stats, Map<String, Long> faults, List<String> hung,
            FaultSoakApplication.Verification verification, int uncertain) {
        StringBuilder report = new StringBuilder("# Fault soak\n\n");
        report.append("Command line: `").append(String.join(" ", options.commandLine())).append("`  \n");
        report.append(options.threads())
            .append(" threads for ")
            .append(options.duration().toSeconds())
            .append(" s, fault rate ")
            .append(options.faultRate())
            .append(options.wrongAnswers() ? " (network, server and wrong-answer faults)"
                    : " (network and server faults)")
            .append("\n\n");
        report.append("| figure | value |\n|---|---|\n");
        row(report, "operations", stats.operations());
        row(report, "operations that failed (MinioException or not)", stats.errors());
        row(report, "objects verified by SHA-256 at the end", verification.verified());
        row(report, "**lost acknowledged writes** (must be 0)", verification.lost().size());
        row(report, "**orphaned multipart uploads** (must be 0)", verification.orphanedUploads());
        row(report, "**wrong results returned as success** (must be 0)", stats.wrongResults());
        row(report, "**operations still running 2 min after the end** (must be 0)", hung.size());
        row(report, "writes left uncertain by a failed call (not verified)", uncertain);
        section(report, "Operations (count, longest ms)", stats.operationCounts(), stats);
        section(report, "Errors by kind", stats.errorCounts(), null);
        section(report, "Wrong results", stats.wrongResultCounts(), null);
        section(report, "Requests per proxy action", faults, null);
        if (!verification.lost().isEmpty()) {
            report.append("\nLost writes (first 10): ")
                .append(verification.lost().stream().limit(10).toList())
                .append('\n');
        }
        hung.forEach((thread) -> report.append("\nHung: ").append(thread).append('\n'));
        return report.toString();
    }

    private static void row(StringBuilder report, String figure, long value) {
        report.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static void section(StringBuilder report, String title, Map<String, Long> counts, SoakStats longest) {
        report.append("\n").append(title).append(":\n\n");
        if (counts.isEmpty()) {
            report.append("- none\n");
        }
        counts.forEach((name, count) -> report.append("- ")
            .append(name)
            .append(": ")
            .append(count)
            .append((longest != null) ? ", longest " + longest.longestMillis(name) + " ms" : "")
            .append('\n'));
    }

}
