package dev.miniospring.listener;

import dev.miniospring.notification.NotificationRecord;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@link MinioListenerAotProcessor} registers {@code @MinioListener} methods for
 * invocation in native images and is registered in {@code aot.factories}.
 */
class MinioListenerAotProcessorTests {

    private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

    @Test
    void isRegisteredInAotFactories() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(BeanRegistrationAotProcessor.class)).hasAtLeastOneElementOfType(MinioListenerAotProcessor.class);
    }

    @Test
    void registersListenerMethodsForInvocation() {
        BeanRegistrationAotContribution contribution = process("uploads", Uploads.class);
        assertThat(contribution).isNotNull();
        DefaultGenerationContext generationContext = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(getClass())), new InMemoryGeneratedFiles());
        contribution.applyTo(generationContext, mock(BeanRegistrationCode.class));
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Uploads.class, "onUpload"))
            .accepts(generationContext.getRuntimeHints());
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Uploads.class, "notAListener"))
            .rejects(generationContext.getRuntimeHints());
    }

    @Test
    void contributesNothingForBeansWithoutListeners() {
        assertThat(process("plain", Object.class)).isNull();
    }

    private BeanRegistrationAotContribution process(String name, Class<?> type) {
        this.beanFactory.registerBeanDefinition(name, new RootBeanDefinition(type));
        return new MinioListenerAotProcessor().processAheadOfTime(RegisteredBean.of(this.beanFactory, name));
    }

    static class Uploads {

        @MinioListener(bucket = "photos")
        void onUpload(NotificationRecord record) {
        }

        void notAListener(NotificationRecord record) {
        }

    }

}
