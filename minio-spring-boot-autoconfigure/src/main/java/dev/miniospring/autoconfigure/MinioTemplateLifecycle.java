package dev.miniospring.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.core.MinioTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Ends the work of the application's {@link MinioTemplate} beans when the context closes:
 * cancels their notification subscriptions and streams, then waits for their uploads in
 * flight, at most the shutdown timeout of a lifecycle phase. Stops after the web server,
 * so that requests it drains can still upload.
 */
final class MinioTemplateLifecycle implements SmartLifecycle {

    /**
     * The phase: after the web server's graceful shutdown and stop.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Log logger = LogFactory.getLog(MinioTemplateLifecycle.class);

    private final ObjectProvider<MinioTemplate> templates;

    private final Duration timeout;

    private volatile boolean running;

    MinioTemplateLifecycle(ObjectProvider<MinioTemplate> templates, Duration timeout) {
        this.templates = templates;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        this.running = true;
    }

    @Override
    public void stop() {
        this.running = false;
        shutDown(this.templates.orderedStream().toList());
    }

    @Override
    public void stop(Runnable callback) {
        this.running = false;
        List<MinioTemplate> stopping = this.templates.orderedStream().toList();
        Thread thread = new Thread(() -> {
            try {
                shutDown(stopping);
            }
            finally {
                callback.run();
            }
        }, "minio-shutdown");
        thread.setDaemon(true);
        thread.start();
    }

    private void shutDown(List<MinioTemplate> stopping) {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        try {
            for (MinioTemplate template : stopping) {
                template.closeNotificationListeners(remaining(deadline));
            }
            for (MinioTemplate template : stopping) {
                if (!template.awaitUploads(remaining(deadline))) {
                    logger.warn("Uploads of " + template + " still in flight after " + this.timeout);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

}
