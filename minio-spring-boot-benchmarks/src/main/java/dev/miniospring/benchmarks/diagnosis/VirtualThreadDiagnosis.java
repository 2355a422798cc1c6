package dev.miniospring.benchmarks.diagnosis;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.miniospring.benchmarks.report.MachineInfo;
import dev.miniospring.benchmarks.server.NullS3ServerProcess;

/**
 * Tells where small requests lose on virtual threads: 4 KiB GETs against the do-nothing
 * server (in a child JVM) on N platform threads and on N virtual threads, in rounds that
 * alternate the two, through a raw blocking socket, plain Apache HttpClient 5 and the
 * template; prints a Markdown table with throughput and the CPU time and context switches
 * per request of both processes. Not part of the benchmark's report; run it with the JVM
 * options to compare (e.g. {@code -Djdk.pollerMode=1}):
 * {@code java -cp minio-spring-boot-benchmarks.jar dev.miniospring.benchmarks.diagnosis.VirtualThreadDiagnosis
 * [loops] [threads] [rounds] [seconds]}, by default {@code raw,hc5,template 8,64 4 2}.
 *
 * @since 0.1.0
 */
public final class VirtualThreadDiagnosis {

    private VirtualThreadDiagnosis() {
    }

    /**
     * Runs the diagnosis.
     * @param args the loops, the numbers of threads (both comma-separated), the measured
     * rounds and the seconds per round
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> loops = List.of(arg(args, 0, "raw,hc5,template").split(","));
        int[] threadCounts = Arrays.stream(arg(args, 1, "8,64").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(arg(args, 2, "4"));
        long nanos = Long.parseLong(arg(args, 3, "2")) * 1_000_000_000L;
        System.out.println("JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", Java "
                + Runtime.version() + ", load before " + MachineInfo.loadAverage());
        List<String> rows = new ArrayList<>();
        try (NullS3ServerProcess server = NullS3ServerProcess.start(4096, 4096, null);
                RoundDriver driver = new RoundDriver(server)) {
            for (String loop : loops) {
                for (int threads : threadCounts) {
                    rows.add(compare(driver, server, loop, threads, rounds, nanos).row());
                }
            }
        }
        System.out.println("load after " + MachineInfo.loadAverage());
        System.out.println(Comparison.HEADER);
        rows.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * Runs one unmeasured round on each kind of threads, then the measured rounds in
     * alternating order (platform first in even rounds, virtual first in odd ones).
     */
    private static Comparison compare(RoundDriver driver, NullS3ServerProcess server, String loop, int threads,
            int rounds, long nanos) throws Exception {
        Comparison comparison = new Comparison(loop, threads);
        try (RequestLoop onPlatform = RequestLoop.of(loop, server.endpoint(), threads, false);
                RequestLoop onVirtual = RequestLoop.of(loop, server.endpoint(), threads, true)) {
            for (int round = 0; round <= rounds; round++) {
                boolean virtualFirst = round % 2 == 1;
                Sample first = driver.run(virtualFirst ? onVirtual : onPlatform, threads, virtualFirst, nanos);
                Sample second = driver.run(virtualFirst ? onPlatform : onVirtual, threads, !virtualFirst, nanos);
                if (round > 0) {
                    comparison.add(virtualFirst ? second : first, virtualFirst ? first : second);
                }
            }
        }
        System.err.println("  " + comparison.row());
        return comparison;
    }

    private static String arg(String[] args, int index, String fallback) {
        return (args.length > index) ? args[index] : fallback;
    }

}
