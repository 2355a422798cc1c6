package dev.miniospring.test;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * Runs Spring Boot's registered failure analyzers on a start-up failure, as
 * {@code SpringApplication} does.
 */
public final class FailureAnalyses {

    private FailureAnalyses() {
    }

    /**
     * Returns the analyses every registered analyzer makes of a failure.
     * @param failure the start-up failure
     * @param environment the environment of the application that failed
     * @return the analyses, in analyzer order
     */
    public static List<FailureAnalysis> analyze(Throwable failure, Environment environment) {
        ArgumentResolver arguments = ArgumentResolver.of(Environment.class, environment)
            .and(BeanFactory.class, new DefaultListableBeanFactory());
        return SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, arguments, FailureHandler.handleMessage((message, unavailable) -> {
            }))
            .stream()
            .map((analyzer) -> analyzer.analyze(failure))
            .filter(Objects::nonNull)
            .toList();
    }

}
