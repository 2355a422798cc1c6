package dev.miniospring.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.miniospring.notification.NotificationEvents;

/**
 * Marks a bean method that receives the events of a bucket, through MinIO's listen
 * extension, while the application context runs:
 * {@code void onUpload(NotificationRecord record)}.
 *
 * <p>
 * Every attribute accepts property placeholders ({@code ${…}}) and SpEL expressions
 * ({@code #{…}}). An exception thrown by the method goes to the
 * {@link MinioListenerErrorHandler} and the next event is still delivered.
 *
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MinioListener {

    /**
     * The id of the listener, for {@link MinioListenerContainer#start(String)} and in
     * observations and logs.
     * @return the id, by default {@code beanName#methodName}
     */
    String id() default "";

    /**
     * The bucket to listen to.
     * @return the bucket name
     */
    String bucket();

    /**
     * The events to receive.
     * @return the event names, by default every object creation
     */
    String[] events() default NotificationEvents.OBJECT_CREATED_ALL;

    /**
     * Receive only the events of keys starting with this prefix.
     * @return the prefix, empty for all keys
     */
    String prefix() default "";

    /**
     * Receive only the events of keys ending with this suffix.
     * @return the suffix, empty for all keys
     */
    String suffix() default "";

    /**
     * Whether to start listening when the context starts; otherwise start it with
     * {@link MinioListenerContainer#start(String)}.
     * @return {@code "true"} or {@code "false"}, by default {@code "true"}
     */
    String autoStartup() default "true";

}
