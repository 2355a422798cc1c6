package dev.miniospring.listener;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Runs a listen subscription per registered {@link MinioListenerEndpoint} while the
 * application context runs: started late and stopped early ({@link #DEFAULT_PHASE}), each
 * on a daemon thread that subscribes again with backoff, each event observed and each
 * listener exception handed to the {@link MinioListenerErrorHandler}.
 *
 * @since 0.1.0
 */
public class MinioListenerContainer implements SmartLifecycle {

    /**
     * The default phase: after the web server starts, before it stops.
     */
    public static final int DEFAULT_PHASE = Integer.MAX_VALUE - 100;

    private static final Log logger = LogFactory.getLog(MinioListenerContainer.class);

    private final MinioOperations operations;

    private final MinioListenerErrorHandler errorHandler;

    private final ObservationRegistry observationRegistry;

    private final ListenerBackoff backoff;

    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();

    private boolean autoStartup = true;

    private int phase = DEFAULT_PHASE;

    private Duration shutdownTimeout = Duration.ofSeconds(10);

    private volatile boolean running;

    /**
     * Creates a container.
     * @param operations the template to listen through
     * @param errorHandler receives the exceptions of the listeners
     * @param observationRegistry observes each delivery as {@code minio.listener}
     * @param backoff the waits between subscription attempts
     */
    public MinioListenerContainer(MinioOperations operations, MinioListenerErrorHandler errorHandler,
            ObservationRegistry observationRegistry, ListenerBackoff backoff) {
        Assert.notNull(operations, "'operations' must not be null");
        Assert.notNull(errorHandler, "'errorHandler' must not be null");
        Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
        Assert.notNull(backoff, "'backoff' must not be null");
        this.operations = operations;
        this.errorHandler = errorHandler;
        this.observationRegistry = observationRegistry;
        this.backoff = backoff;
    }

    /**
     * Registers a listener; it starts at once when the container runs and the endpoint
     * starts automatically.
     * @param endpoint the endpoint, its id unique in this container
     * @param listener receives its events
     */
    public void register(MinioListenerEndpoint endpoint, NotificationListener listener) {
        Assert.notNull(endpoint, "'endpoint' must not be null");
        Assert.notNull(listener, "'listener' must not be null");
        Registration registration = new Registration(endpoint, listener);
        Assert.isTrue(this.registrations.putIfAbsent(endpoint.id(), registration) == null,
                () -> "'endpoint' id " + endpoint.id() + " is already registered");
        if (this.running && endpoint.autoStartup()) {
            registration.start();
        }
    }

    /**
     * Starts every endpoint that starts automatically.
     */
    @Override
    public void start() {
        this.running = true;
        this.registrations.values()
            .stream()
            .filter((registration) -> registration.endpoint.autoStartup())
            .forEach(Registration::start);
    }

    /**
     * Starts one endpoint, such as one with {@code autoStartup = "false"}; does nothing
     * when it runs.
     * @param id the endpoint id
     */
    public void start(String id) {
        registration(id).start();
    }

    /**
     * Stops one endpoint and waits for its threads, at most the shutdown timeout.
     * @param id the endpoint id
     */
    public void stop(String id) {
        registration(id).stop(this.shutdownTimeout);
    }

    /**
     * Tells whether an endpoint has a connected subscription right now.
     * @param id the endpoint id
     * @return {@code true} while it is subscribed
     */
    public boolean isSubscribed(String id) {
        return registration(id).isSubscribed();
    }

    /**
     * Stops every endpoint and waits for their threads, at most the shutdown timeout
     * each.
     */
    @Override
    public void stop() {
        this.running = false;
        this.registrations.values().forEach(Registration::signalStop);
        this.registrations.values().forEach((registration) -> registration.stop(this.shutdownTimeout));
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public boolean isAutoStartup() {
        return this.autoStartup;
    }

    /**
     * Sets whether the container starts with the application context (default
     * {@code true}).
     * @param autoStartup whether to start automatically
     */
    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public int getPhase() {
        return this.phase;
    }

    /**
     * Sets the lifecycle phase (default {@link #DEFAULT_PHASE}).
     * @param phase the phase
     */
    public void setPhase(int phase) {
        this.phase = phase;
    }

    /**
     * Sets the longest wait for the threads of each endpoint when stopping (default 10
     * seconds).
     * @param shutdownTimeout the wait
     */
    public void setShutdownTimeout(Duration shutdownTimeout) {
        Assert.isTrue(shutdownTimeout != null && !shutdownTimeout.isNegative(),
                "'shutdownTimeout' must not be negative");
        this.shutdownTimeout = shutdownTimeout;
    }

    private Registration registration(String id) {
        Registration registration = this.registrations.get(id);
        Assert.isTrue(registration != null, () -> "'id' " + id + " names no registered MinIO listener");
        return registration;
    }

    /**
     * An endpoint, its listener and its subscription while it runs.
     */
    private final class Registration {

        private final MinioListenerEndpoint endpoint;

        private final NotificationListener listener;

        private @Nullable ListenerSubscription subscription;

        Registration(MinioListenerEndpoint endpoint, NotificationListener listener) {
            this.endpoint = endpoint;
            this.listener = listener;
        }

        synchronized void start() {
            if (this.subscription == null) {
                this.subscription = new ListenerSubscription(MinioListenerContainer.this.operations, this.endpoint,
                        new ObservedDelivery(this.endpoint, this.listener, MinioListenerContainer.this.errorHandler,
                                MinioListenerContainer.this.observationRegistry),
                        MinioListenerContainer.this.backoff);
                this.subscription.start();
            }
        }

        synchronized void signalStop() {
            if (this.subscription != null) {
                this.subscription.stop();
            }
        }

        synchronized void stop(Duration timeout) {
            if (this.subscription == null) {
                return;
            }
            this.subscription.stop();
            awaitTermination(this.subscription, timeout);
            this.subscription = null;
        }

        synchronized boolean isSubscribed() {
            return this.subscription != null && this.subscription.isSubscribed();
        }

        private void awaitTermination(ListenerSubscription subscription, Duration timeout) {
            try {
                if (!subscription.awaitTermination(timeout)) {
                    logger.warn("MinIO listener " + this.endpoint.id() + " did not stop within " + timeout);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

    }

}
