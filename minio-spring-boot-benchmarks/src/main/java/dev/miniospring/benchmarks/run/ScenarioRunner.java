package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * Runs one round of one scenario on one client: small-object workloads for a fixed duration on N threads, large-object
 * workloads for a fixed number of sequential operations.
 */
final class ScenarioRunner {

    private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "bench-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final long largeSize;

    ScenarioRunner(long largeSize) {
        this.largeSize = largeSize;
    }

    RoundResult run(BenchClient client, Scenario scenario, long durationNanos, int largeOperations) throws Exception {
        Operation operation = new Operation(scenario.workload(), this.largeSize);
        if (scenario.workload().large()) {
            return runCount(client, operation, largeOperations);
        }
        return runTimed(client, operation, scenario.threads(), durationNanos);
    }

    private static RoundResult runCount(BenchClient client, Operation operation, int count) throws Exception {
        LatencyLog latencies = new LatencyLog();
        long bytes = 0;
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long opStart = System.nanoTime();
            bytes += operation.run(client, 0);
            latencies.add(System.nanoTime() - opStart);
        }
        long elapsed = System.nanoTime() - start;
        return new RoundResult(count, bytes, elapsed, ProcessCpu.nanos() - cpu, latencies);
    }

    private RoundResult runTimed(BenchClient client, Operation operation, int threadCount, long durationNanos)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        List<LatencyLog> logs = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threadCount; t++) {
            int thread = t;
            LatencyLog log = new LatencyLog();
            logs.add(log);
            futures.add(this.threads.submit(() -> {
                go.await();
                long operations = 0;
                long bytes = 0;
                while (System.nanoTime() < deadline[0]) {
                    long opStart = System.nanoTime();
                    bytes += operation.run(client, thread);
                    log.add(System.nanoTime() - opStart);
                    operations++;
                }
                return new long[] { operations, bytes };
            }));
        }
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        deadline[0] = start + durationNanos;
        go.countDown();
        long operations = 0;
        long bytes = 0;
        for (Future<long[]> future : futures) {
            long[] counts = future.get();
            operations += counts[0];
            bytes += counts[1];
        }
        long elapsed = System.nanoTime() - start;
        long cpuUsed = ProcessCpu.nanos() - cpu;
        LatencyLog all = new LatencyLog();
        logs.forEach(all::addAll);
        return new RoundResult(operations, bytes, elapsed, cpuUsed, all);
    }

    void close() {
        this.threads.shutdownNow();
    }

}
