package dev.miniospring.benchmarks.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import dev.miniospring.benchmarks.run.ProcessCpu;
import dev.miniospring.benchmarks.server.NullS3ServerProcess;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;

/**
 * Runs timed rounds of a loop on N platform threads (pooled, so that they live across
 * rounds) or N virtual threads, and measures both processes during each round.
 */
final class RoundDriver implements AutoCloseable {

    private final ExecutorService platform = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "diagnosis-platform");
        thread.setDaemon(true);
        return thread;
    });

    private final AsyncTaskExecutor virtual = new VirtualThreadTaskExecutor("diagnosis-virtual-");

    private final NullS3ServerProcess server;

    RoundDriver(NullS3ServerProcess server) {
        this.server = server;
    }

    Sample run(RequestLoop loop, int threads, boolean virtualThreads, long nanos) throws Exception {
        AsyncTaskExecutor executor = virtualThreads ? this.virtual : new TaskExecutorAdapter(this.platform);
        CountDownLatch go = new CountDownLatch(1);
        LongAdder operations = new LongAdder();
        long[] deadline = new long[1];
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(executor.submit(() -> {
                go.await();
                while (System.nanoTime() < deadline[0]) {
                    loop.get(thread);
                    operations.increment();
                }
                return null;
            }));
        }
        long[] before = counters();
        deadline[0] = System.nanoTime() + nanos;
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        long[] after = counters();
        return new Sample(operations.sum(), after[0] - before[0], after[1] - before[1], after[2] - before[2],
                after[3] - before[3], after[4] - before[4]);
    }

    private long[] counters() {
        return new long[] { System.nanoTime(), ProcessCpu.nanos(), this.server.cpuNanos(),
                ContextSwitches.of(ProcessHandle.current().pid()), ContextSwitches.of(this.server.pid()) };
    }

    @Override
    public void close() {
        this.platform.shutdownNow();
    }

}
