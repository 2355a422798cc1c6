package dev.miniospring.benchmarks.soak;

import java.util.ArrayList;
import java.util.List;

import dev.miniospring.testserver.fault.Fault;
import dev.miniospring.testserver.fault.S3Faults;

/**
 * The faults the soak draws from: what networks and struggling servers do, and optionally
 * answers S3 would never give.
 */
final class SoakFaults {

    private SoakFaults() {
    }

    static List<Fault> of(boolean wrongAnswers) {
        List<Fault> faults = new ArrayList<>(
                List.of(Fault.resetRequestAfter(0), Fault.resetRequestAfter(2000), Fault.dropResponse(),
                        Fault.resetResponseAfter(20), Fault.resetBodyAfter(100), Fault.truncateBodyAfter(100),
                        Fault.stall(), Fault.stallBodyAfter(100), Fault.withholdResponse(), Fault.throttle(256 * 1024),
                        S3Faults.slowDown(), S3Faults.internalErrorAfterActing(), S3Faults.badGatewayPage()));
        if (wrongAnswers) {
            faults.addAll(List.of(S3Faults.permanentRedirect(), S3Faults.htmlPage(), S3Faults.internalErrorIn200()));
        }
        return faults;
    }

}
