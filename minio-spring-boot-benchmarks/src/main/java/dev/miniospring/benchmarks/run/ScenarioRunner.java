package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

import dev.miniospring.benchmarks.clients.BenchClient;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;

/**
 * Runs one round of one scenario on one client: small-object workloads for a fixed
 * duration on N platform or virtual threads, large-object and file workloads for a fixed
 * number of sequential operations.
 */
final class ScenarioRunner {

    private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "bench-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final long largeSize;

    private final FileTransfers files;

    private final LongSupplier serverCpu;

    private AsyncTaskExecutor virtualThreads;

    ScenarioRunner(long largeSize, long fileSize, LongSupplier serverCpu) {
        this.largeSize = largeSize;
        this.serverCpu = serverCpu;
        this.files = new FileTransfers(fileSize);
    }

    RoundResult run(BenchClient client, Scenario scenario, long durationNanos, int largeOperations) throws Exception {
        Operation operation = new Operation(scenario.workload(), this.largeSize, this.files);
        if (scenario.workload().large()) {
            return runCount(client, operation, largeOperations);
        }
        return runTimed(client, operation, scenario.threads(), durationNanos, executor(scenario));
    }

    private RoundResult runCount(BenchClient client, Operation operation, int count) throws Exception {
        LatencyLog latencies = new LatencyLog();
        long bytes = 0;
        long elapsed = 0;
        long cpu = ProcessCpu.nanos();
        long serverCpu = this.serverCpu.getAsLong();
        for (int i = 0; i < count; i++) {
            long opStart = System.nanoTime();
            bytes += operation.run(client, 0);
            long latency = System.nanoTime() - opStart;
            latencies.add(latency);
            elapsed += latency;
            operation.cleanUp(client);
        }
        return new RoundResult(count, bytes, elapsed, ProcessCpu.nanos() - cpu, serverCpuSince(serverCpu), latencies);
    }

    /**
     * Returns the driver's threads: platform threads, or virtual threads (Java 21 and
     * later) as Spring's {@link VirtualThreadTaskExecutor} starts them for an application
     * with {@code spring.threads.virtual.enabled}.
     */
    private AsyncTaskExecutor executor(Scenario scenario) {
        if (!scenario.virtualThreads()) {
            return new TaskExecutorAdapter(this.threads);
        }
        if (this.virtualThreads == null) {
            try {
                this.virtualThreads = new VirtualThreadTaskExecutor("bench-virtual-");
            }
            catch (UnsupportedOperationException ex) {
                throw new IllegalStateException(
                        "Virtual threads need Java 21 or later; this is Java " + Runtime.version().feature(), ex);
            }
        }
        return this.virtualThreads;
    }

    private RoundResult runTimed(BenchClient client, Operation operation, int threadCount, long durationNanos,
            AsyncTaskExecutor threads) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        List<LatencyLog> logs = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threadCount; t++) {
            int thread = t;
            LatencyLog log = new LatencyLog();
            logs.add(log);
            futures.add(threads.submit(() -> {
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
        long serverCpu = this.serverCpu.getAsLong();
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
        return new RoundResult(operations, bytes, elapsed, cpuUsed, serverCpuSince(serverCpu), all);
    }

    private long serverCpuSince(long start) {
        long now = this.serverCpu.getAsLong();
        return (start < 0 || now < 0) ? -1 : now - start;
    }

    void close() {
        this.threads.shutdownNow();
        this.files.close();
    }

}
