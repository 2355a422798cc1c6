package dev.miniospring.benchmarks.diagnosis;

import java.net.URI;
import java.util.List;

import dev.miniospring.benchmarks.server.NullS3Server;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The loops of the virtual-thread diagnosis against the do-nothing server: each reads the
 * whole 4 KiB object, again and again, from several threads' connections.
 */
class RequestLoopTests {

    @Test
    void everyLoopReadsTheWholeObjectRepeatedlyOnEachThread() throws Exception {
        try (NullS3Server server = NullS3Server.start(1024, 1024, null)) {
            for (String name : List.of("raw", "hc5", "template")) {
                try (RequestLoop loop = RequestLoop.of(name, server.endpoint(), 2, false)) {
                    for (int i = 0; i < 3; i++) {
                        assertThat(loop.get(0)).as(name).isEqualTo(4096);
                        assertThat(loop.get(1)).as(name).isEqualTo(4096);
                    }
                }
            }
        }
    }

    @Test
    void unknownLoopIsRefusedByName() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RequestLoop.of("okhttp", URI.create("http://127.0.0.1:9"), 1, false))
            .withMessageContaining("okhttp");
    }

}
