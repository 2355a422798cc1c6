package dev.miniospring.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that masks the secret key and the session token in the actuator
 * {@code env} and {@code configprops} endpoints, even when they are configured to show
 * values.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class MinioSanitizingAutoConfiguration {

    private static final Set<String> SECRETS = Set.of("miniosecretkey", "miniosessiontoken");

    @Bean
    SanitizingFunction minioSanitizingFunction() {
        return SanitizingFunction.sanitizeValue().ifMatches(MinioSanitizingAutoConfiguration::isSecret);
    }

    private static boolean isSecret(SanitizableData data) {
        String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return SECRETS.contains(key);
    }

}
