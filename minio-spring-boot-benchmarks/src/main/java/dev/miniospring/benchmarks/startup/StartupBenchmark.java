package dev.miniospring.benchmarks.startup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.miniospring.benchmarks.server.BenchmarkServer;

/**
 * Starts the small web app in fresh JVMs with and without the starter, interleaved
 * (without-with, with-without, ...), after one discarded start of each that warms the
 * file cache; both get the same JVM options and arguments.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    /**
     * Runs the benchmark.
     * @param runs the measured starts of each variant
     * @param server the server the first requests go to
     * @return the result
     * @throws IOException when the classpaths cannot be derived or a start fails
     * @throws InterruptedException when interrupted
     */
    public static StartupResult run(int runs, BenchmarkServer server) throws IOException, InterruptedException {
        StartupClasspaths classpaths = StartupClasspaths.resolve();
        List<String> args = List.of("--server.port=0", "--minio.endpoint=" + server.endpoint(),
                "--minio.access-key=" + server.accessKey(), "--minio.secret-key=" + server.secretKey());
        StartupRun.start(classpaths.without(), false, args);
        StartupRun.start(classpaths.with(), true, args);
        List<StartupRun> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            boolean withFirst = (i % 2 == 1);
            measured.add(StartupRun.start(withFirst ? classpaths.with() : classpaths.without(), withFirst, args));
            measured.add(StartupRun.start(withFirst ? classpaths.without() : classpaths.with(), !withFirst, args));
            System.err.println("Start-up round " + (i + 1) + "/" + runs + " done");
        }
        return new StartupResult(measured, classpaths.added(), classpaths.addedBytes());
    }

}
