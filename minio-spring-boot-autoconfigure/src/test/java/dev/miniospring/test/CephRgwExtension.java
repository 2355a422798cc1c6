package dev.miniospring.test;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the Ceph RGW server shared by all tests of a run, started on first use and
 * stopped when the test plan ends (or, at the latest, when the JVM exits). Its tests run
 * only when {@link S3ServerKind#selected()} is {@link S3ServerKind#CEPH_RGW} (the
 * {@code ceph} Maven profile); otherwise they are skipped with a message saying how to
 * run them (printed once, as surefire reports skips without their reason).
 */
public final class CephRgwExtension implements ExecutionCondition, ParameterResolver {

    private static final String SKIPPED = "Ceph RGW tests skipped: run ./mvnw verify -Pceph "
            + "(needs radosgw, ceph-mon, ceph-osd)";

    private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (S3ServerKind.selected() == S3ServerKind.CEPH_RGW) {
            return ConditionEvaluationResult.enabled("Ceph RGW run");
        }
        if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
            System.out.println(SKIPPED);
        }
        return ConditionEvaluationResult.disabled(SKIPPED);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == CephRgwServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server(extensionContext);
    }

    /**
     * Returns the shared server, starting it when needed.
     * @param context any extension context of the run
     * @return the server
     */
    public static CephRgwServer server(ExtensionContext context) {
        return context.getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(CephRgwServer.class, (type) -> start(), CephRgwServer.class);
    }

    private static CephRgwServer start() {
        long start = System.nanoTime();
        CephRgwServer server = CephRgwServer.start();
        System.out.printf("Started %s in %.1f s%n", server, (System.nanoTime() - start) / 1e9);
        return server;
    }

}
