package dev.miniospring.autoconfigure;

import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.core.MinioOperations;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Warns at start-up when {@code minio.endpoint} is set but no template was
 * auto-configured for it because the application declares a {@link MinioOperations} bean
 * of its own under another name, which is how a template meant for a second server
 * silently takes the place of the auto-configured one.
 */
final class ReplacedTemplateWarning implements SmartInitializingSingleton {

    static final String TEMPLATE_BEAN_NAME = "minioTemplate";

    private static final Log logger = LogFactory.getLog(ReplacedTemplateWarning.class);

    private final ListableBeanFactory beanFactory;

    private final Environment environment;

    ReplacedTemplateWarning(ListableBeanFactory beanFactory, Environment environment) {
        this.beanFactory = beanFactory;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (this.beanFactory.containsBean(TEMPLATE_BEAN_NAME)
                || !StringUtils.hasText(this.environment.getProperty("minio.endpoint"))) {
            return;
        }
        String[] replacements = this.beanFactory.getBeanNamesForType(MinioOperations.class);
        logger.warn("minio.endpoint is set, but no MinioTemplate was auto-configured for it: "
                + Arrays.toString(replacements) + " of type MinioOperations took its place. To add a template for "
                + "another server and keep the auto-configured one, declare it with @Bean(defaultCandidate = false); "
                + "to replace it on purpose, name your bean '" + TEMPLATE_BEAN_NAME + "'");
    }

}
