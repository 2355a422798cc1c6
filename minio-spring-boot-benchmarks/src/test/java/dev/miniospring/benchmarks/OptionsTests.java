package dev.miniospring.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the command line sets the operations per round of the large-object rows.
 */
class OptionsTests {

    @Test
    void largeRowsRunOneOperationPerRoundByDefault() {
        Options options = Options.parse(new String[] { "--mode", "full" });
        assertThat(options.settings().largeOperations()).isEqualTo(1);
    }

    @Test
    void largeOperationsApplyToEveryServerIncludingTheReducedSettingsOfSlowServers() {
        Options options = Options.parse(new String[] { "--mode", "full", "--large-operations", "3" });
        assertThat(options.settings().largeOperations()).isEqualTo(3);
        assertThat(options.settings().reduced().largeOperations()).isEqualTo(3);
        assertThat(options.settings().reduced().rounds()).isEqualTo(3);
    }

    @Test
    void largeOperationsBelowOneAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] { "--large-operations", "0" }))
            .withMessageContaining("--large-operations");
    }

}
