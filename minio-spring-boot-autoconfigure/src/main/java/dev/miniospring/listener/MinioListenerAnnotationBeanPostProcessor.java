package dev.miniospring.listener;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.notification.NotificationRecord;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringValueResolver;

/**
 * Finds the {@link MinioListener} methods of every bean, resolves the placeholders of
 * their attributes and registers them with the {@link MinioListenerContainer}. A method
 * that does not take exactly one {@link NotificationRecord} fails the start-up. Like
 * Spring's {@code @EventListener} processor, it remembers the classes without such
 * methods and searches each of them once.
 *
 * @since 0.1.0
 */
public class MinioListenerAnnotationBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private static final String SPRING_PACKAGE = "org.springframework.";

    private final Supplier<MinioListenerContainer> container;

    private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

    private @Nullable StringValueResolver resolver;

    /**
     * Creates a post-processor.
     * @param container supplies the container when the first listener is found
     */
    public MinioListenerAnnotationBeanPostProcessor(Supplier<MinioListenerContainer> container) {
        Assert.notNull(container, "'container' must not be null");
        this.container = container;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        if (beanFactory instanceof ConfigurableBeanFactory configurable) {
            this.resolver = new EmbeddedValueResolver(configurable);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (this.nonAnnotatedClasses.contains(type)) {
            return bean;
        }
        Map<Method, MinioListener> methods = listenerMethods(type);
        if (methods.isEmpty()) {
            this.nonAnnotatedClasses.add(type);
            return bean;
        }
        methods.forEach((method, annotation) -> register(bean, beanName, method, annotation));
        return bean;
    }

    private static Map<Method, MinioListener> listenerMethods(Class<?> type) {
        if (isNeverAListener(type) || !AnnotationUtils.isCandidateClass(type, MinioListener.class)) {
            return Map.of();
        }
        return MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<MinioListener>) (method) -> AnnotatedElementUtils
                    .findMergedAnnotation(method, MinioListener.class));
    }

    /**
     * Tells whether a bean's methods need no search: templates, and Spring's own
     * infrastructure that is not a component (as Spring's {@code @EventListener}
     * processor skips it).
     * @param type the bean's class
     * @return {@code true} to skip it
     */
    private static boolean isNeverAListener(Class<?> type) {
        if (MinioOperations.class.isAssignableFrom(type)) {
            return true;
        }
        return type.getName().startsWith(SPRING_PACKAGE)
                && !AnnotatedElementUtils.isAnnotated(ClassUtils.getUserClass(type), Component.class);
    }

    private void register(Object bean, String beanName, Method method, MinioListener annotation) {
        Assert.state(method.getParameterCount() == 1 && method.getParameterTypes()[0] == NotificationRecord.class,
                () -> "@MinioListener method " + method + " must take exactly one NotificationRecord");
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        this.container.get()
            .register(endpoint(beanName + "#" + method.getName(), annotation),
                    (record) -> invoke(bean, invocable, record));
    }

    private MinioListenerEndpoint endpoint(String defaultId, MinioListener annotation) {
        String id = resolve(annotation.id());
        List<String> events = Arrays.stream(annotation.events()).map(this::resolve).toList();
        String autoStartup = resolve(annotation.autoStartup());
        Assert.state(autoStartup.equals("true") || autoStartup.equals("false"),
                () -> "@MinioListener autoStartup of " + defaultId + " must be true or false (is " + autoStartup + ")");
        return new MinioListenerEndpoint(id.isEmpty() ? defaultId : id, resolve(annotation.bucket()),
                resolve(annotation.prefix()), resolve(annotation.suffix()), events, Boolean.parseBoolean(autoStartup));
    }

    private String resolve(String value) {
        String resolved = (this.resolver != null) ? this.resolver.resolveStringValue(value) : value;
        return (resolved != null) ? resolved : "";
    }

    private static void invoke(Object bean, Method method, NotificationRecord record) throws Exception {
        try {
            method.invoke(bean, record);
        }
        catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw ex;
        }
    }

}
