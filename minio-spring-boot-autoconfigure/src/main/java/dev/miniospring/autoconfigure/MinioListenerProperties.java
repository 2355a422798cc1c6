package dev.miniospring.autoconfigure;

import java.time.Duration;

import dev.miniospring.listener.MinioListenerContainer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration properties of the container of {@code @MinioListener} methods.
 *
 * @param autoStartup Whether @MinioListener methods start listening when the application
 * context starts.
 * @param phase Lifecycle phase of the listener container: started after lower phases,
 * stopped before them.
 * @param initialBackoff Wait before subscribing again after a subscription could not
 * connect or ended with an error, doubled after each attempt.
 * @param maxBackoff Longest wait between subscription attempts.
 * @param shutdownTimeout Longest wait for each listener's threads when the context
 * closes.
 * @since 0.1.0
 */
@ConfigurationProperties("minio.listener")
public record MinioListenerProperties(@DefaultValue("true") boolean autoStartup,
        @DefaultValue("" + MinioListenerContainer.DEFAULT_PHASE) int phase, @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff, @DefaultValue("10s") Duration shutdownTimeout) {

}
