package dev.miniospring.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.miniospring.benchmarks.ChildJvm;
import dev.miniospring.benchmarks.ChildTempDirectory;
import dev.miniospring.benchmarks.report.MachineInfo;

/**
 * One start of the app in a fresh JVM: the wall time from starting the process to the
 * refreshed context, the time Spring Boot reports for it, the latencies of the first
 * requests, and the 1-minute load before it.
 *
 * @param withStarter whether the starter was on the classpath
 * @param wallNanos from starting the JVM to the {@code ApplicationStartedEvent}, as this
 * JVM saw it
 * @param bootNanos the start-up time Spring Boot reports
 * ({@code ApplicationStartedEvent#getTimeTaken})
 * @param cpuNanos the CPU time of the JVM process (all threads: JIT, GC and class loading
 * included) at that event, much less sensitive than wall time to other processes on a
 * busy machine
 * @param mainCpuNanos the CPU time of the main thread, which refreshes the context, at
 * that event (without the JIT compiler and GC threads)
 * @param classes the classes the JVM had loaded at that event
 * @param beans the bean definitions of the context
 * @param requests the latencies of the first requests by name, in nanoseconds
 * @param load the 1-minute load average before the start
 */
public record StartupRun(boolean withStarter, long wallNanos, long bootNanos, long cpuNanos, long mainCpuNanos,
        long classes, long beans, Map<String, Long> requests, double load) {

    private static final long TIMEOUT_SECONDS = 300;

    private static final List<String> FIGURES = List.of(StartupApplication.STARTED, StartupApplication.CPU,
            StartupApplication.MAIN_CPU, StartupApplication.CLASSES, StartupApplication.BEANS);

    /**
     * Starts the app once, with a temporary directory of its own (deleted afterwards),
     * and waits for it to exit.
     * @param classPath the app's classpath
     * @param withStarter whether it holds the starter
     * @param args the app's arguments
     * @return the run
     * @throws IOException when the app fails or does not report its start within five
     * minutes
     * @throws InterruptedException when interrupted
     */
    static StartupRun start(String classPath, boolean withStarter, List<String> args)
            throws IOException, InterruptedException {
        try (ChildTempDirectory tmp = ChildTempDirectory.create()) {
            return start(classPath, withStarter, args, tmp);
        }
    }

    private static StartupRun start(String classPath, boolean withStarter, List<String> args, ChildTempDirectory tmp)
            throws IOException, InterruptedException {
        double load = MachineInfo.oneMinuteLoad();
        long start = System.nanoTime();
        Process process = ChildJvm.builder(List.of(tmp.jvmOption()), classPath, StartupApplication.class, args)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
        long wall = -1;
        Map<String, Long> figures = new LinkedHashMap<>();
        Map<String, Long> requests = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupApplication.STARTED)) {
                    wall = System.nanoTime() - start;
                }
                String figure = FIGURES.stream().filter(line::startsWith).findFirst().orElse(null);
                if (figure != null) {
                    figures.put(figure, Long.parseLong(line.substring(figure.length()).trim()));
                }
                else if (line.startsWith(FirstRequests.PREFIX)) {
                    String[] pair = line.substring(FirstRequests.PREFIX.length()).split("-ns=");
                    requests.put(pair[0], Long.parseLong(pair[1].trim()));
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || wall < 0) {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            throw new IOException("The start-up app " + (withStarter ? "with" : "without")
                    + " the starter failed or did not start within " + TIMEOUT_SECONDS + " s (see its output above)");
        }
        return new StartupRun(withStarter, wall, figures.getOrDefault(StartupApplication.STARTED, -1L),
                figures.getOrDefault(StartupApplication.CPU, -1L),
                figures.getOrDefault(StartupApplication.MAIN_CPU, -1L),
                figures.getOrDefault(StartupApplication.CLASSES, -1L),
                figures.getOrDefault(StartupApplication.BEANS, -1L), requests, load);
    }

}
