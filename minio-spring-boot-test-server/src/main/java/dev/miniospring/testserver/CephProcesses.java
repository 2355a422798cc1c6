package dev.miniospring.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processes of one Ceph instance: commands run to completion and daemons kept in the
 * foreground, so that each is watched and stopped through its own pid. Everything shares
 * one start-up deadline; a failure carries the tail of every log file.
 */
final class CephProcesses {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private static final int TAIL_LINES = 15;

    private final Path logDirectory;

    private final Path commandDirectory;

    private final Duration timeout;

    private final long deadline;

    private final List<Daemon> daemons = new ArrayList<>();

    private int commands;

    CephProcesses(Path directory, Duration timeout) throws IOException {
        this.logDirectory = Files.createDirectories(directory.resolve("log"));
        this.commandDirectory = Files.createDirectories(directory.resolve("commands"));
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Runs a command to completion within the deadline, failing early when a daemon exits
     * meanwhile.
     * @param description what the command does, for messages (never its secret arguments)
     * @param command the command line
     * @return its standard output, trimmed
     */
    String run(String description, List<String> command) {
        Path output = this.commandDirectory.resolve(++this.commands + ".out");
        Path errors = this.commandDirectory.resolve(this.commands + ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
            try {
                await("'" + description + "' finished", () -> !process.isAlive());
            }
            finally {
                process.destroyForcibly();
            }
            if (process.exitValue() != 0) {
                throw failure("'" + description + "' exited with " + process.exitValue() + ": "
                        + Files.readString(errors).strip());
            }
            return Files.readString(output).strip();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not run '" + description + "'", ex);
        }
    }

    /**
     * Starts a daemon in the foreground, its console output going to
     * {@code NAME.console.log}.
     * @param name the daemon's name, for messages
     * @param command the command line
     */
    synchronized void startDaemon(String name, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(this.logDirectory.resolve(name + ".console.log").toFile())
                .start();
            this.daemons.add(new Daemon(name, process));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + name, ex);
        }
    }

    /**
     * Polls a condition until it holds, failing when a daemon exits or the deadline
     * passes.
     * @param condition what is awaited, for messages
     * @param check the condition
     */
    void await(String condition, BooleanSupplier check) {
        while (!check.getAsBoolean()) {
            if (remainingNanos() <= 0) {
                throw failure(condition + " not reached within " + this.timeout);
            }
            pause();
            requireDaemonsAlive();
        }
    }

    /**
     * Returns the running daemons' process handles, in start order.
     * @return the handles
     */
    synchronized List<ProcessHandle> handles() {
        return this.daemons.stream().map((daemon) -> daemon.process().toHandle()).toList();
    }

    /**
     * Kills every daemon by its pid, newest first, and waits for each to exit. The data
     * is thrown away, so there is nothing to shut down cleanly (a clean memstore OSD
     * would first write its whole store to disk).
     */
    synchronized void stop() {
        for (int i = this.daemons.size() - 1; i >= 0; i--) {
            Process process = this.daemons.get(i).process();
            process.destroyForcibly();
            try {
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        this.daemons.clear();
    }

    private synchronized void requireDaemonsAlive() {
        for (Daemon daemon : this.daemons) {
            if (!daemon.process().isAlive()) {
                throw failure(daemon.name() + " exited with " + daemon.process().exitValue());
            }
        }
    }

    private long remainingNanos() {
        return this.deadline - System.nanoTime();
    }

    private void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while starting Ceph RGW");
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + logTails());
    }

    private String logTails() {
        try (Stream<Path> logs = Files.list(this.logDirectory)) {
            return logs.sorted().map(CephProcesses::tail).collect(Collectors.joining());
        }
        catch (IOException ex) {
            return "\n(no logs: " + ex.getMessage() + ")";
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return "\n--- " + log.getFileName() + " ---\n" + String.join("\n", tail);
        }
        catch (IOException ex) {
            return "\n--- " + log.getFileName() + ": " + ex.getMessage();
        }
    }

    private record Daemon(String name, Process process) {
    }

}
