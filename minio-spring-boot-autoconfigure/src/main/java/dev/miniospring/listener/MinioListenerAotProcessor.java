package dev.miniospring.listener;

import java.lang.reflect.Method;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers the {@link MinioListener} methods of each bean for reflective invocation in
 * native images, where {@link MinioListenerAnnotationBeanPostProcessor} finds and calls
 * them.
 */
class MinioListenerAotProcessor implements BeanRegistrationAotProcessor {

    @Override
    public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
        Set<Method> methods = MethodIntrospector.selectMethods(registeredBean.getBeanClass(),
                (ReflectionUtils.MethodFilter) (method) -> AnnotatedElementUtils.hasAnnotation(method,
                        MinioListener.class));
        if (methods.isEmpty()) {
            return null;
        }
        return (generationContext,
                code) -> methods.forEach((method) -> generationContext.getRuntimeHints()
                    .reflection()
                    .registerMethod(method, ExecutableMode.INVOKE));
    }

}
