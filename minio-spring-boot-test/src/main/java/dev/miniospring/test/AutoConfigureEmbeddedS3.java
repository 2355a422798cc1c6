package dev.miniospring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a real, signature-verifying S3 server (S3Proxy, in a child JVM, no Docker) for the
 * annotated test's application context, points the auto-configured {@code MinioTemplate}
 * at it through {@code MinioConnectionDetails}, and creates the declared buckets.
 *
 * <p>
 * The server belongs to the context: test classes with the same buckets (and otherwise
 * the same configuration) share one cached context and one server, and the server stops
 * when the context is closed.
 *
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureEmbeddedS3 {

    /**
     * The buckets to create before the context's beans are created.
     * @return the bucket names
     */
    String[] buckets() default {};

}
