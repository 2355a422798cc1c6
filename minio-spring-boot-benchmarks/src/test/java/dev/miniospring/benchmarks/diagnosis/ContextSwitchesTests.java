package dev.miniospring.benchmarks.diagnosis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Context switches of a process's live threads, as Linux counts them.
 */
class ContextSwitchesTests {

    @Test
    void aRunningProcessHasSwitchedContexts() {
        assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
        assertThat(ContextSwitches.of(ProcessHandle.current().pid())).isPositive();
    }

    @Test
    void aProcessThatDoesNotExistHasNone() {
        assertThat(ContextSwitches.of(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void aThreadThatWaitsSwitchesVoluntarily() {
        assumeThat(Files.isReadable(Path.of("/proc/thread-self/status"))).isTrue();
        long before = ContextSwitches.voluntaryOfCurrentThread();
        LockSupport.parkNanos(1_000_000);
        assertThat(ContextSwitches.voluntaryOfCurrentThread()).isGreaterThan(before);
    }

}
