package dev.miniospring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Comparator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The small web app (Spring MVC and Actuator) whose start-up the benchmark measures; run
 * in a child JVM, with or without the starter on its classpath. It prints its process and
 * main-thread CPU time, its loaded classes and bean definitions, and
 * {@code startup.started-ns=...} once the context is refreshed, the latencies of its
 * first requests when a template is present, and exits.
 */
@SpringBootApplication(proxyBeanMethods = false)
@RestController
public class StartupApplication {

    static final String STARTED = "startup.started-ns=";

    static final String CPU = "startup.cpu-ns=";

    static final String MAIN_CPU = "startup.main-cpu-ns=";

    static final String CLASSES = "startup.classes=";

    static final String BEANS = "startup.beans=";

    private static final String TEMPLATE_CLASS = "dev.miniospring.core.MinioOperations";

    private static final int PROFILE_STEPS = 25;

    @GetMapping("/hello")
    String hello() {
        return "hello";
    }

    /**
     * Starts the app, prints its start-up time and first-request latencies, and exits.
     * @param args the Spring Boot arguments; {@code --startup.profile=true} prints the
     * slowest start-up steps to stderr
     * @throws Exception when a first request fails
     */
    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(StartupApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        boolean profile = java.util.List.of(args).contains("--startup.profile=true");
        if (profile) {
            application.setApplicationStartup(startup);
        }
        application.addListeners((ApplicationListener<ApplicationStartedEvent>) StartupApplication::printStarted);
        ConfigurableApplicationContext context = application.run(args);
        if (profile) {
            printSlowestSteps(startup.getBufferedTimeline());
        }
        int status = 1;
        try {
            if (ClassUtils.isPresent(TEMPLATE_CLASS, StartupApplication.class.getClassLoader())) {
                FirstRequests.measure(context).forEach(System.out::println);
            }
            status = 0;
        }
        finally {
            System.out.flush();
            SpringApplication.exit(context);
            System.exit(status);
        }
    }

    private static void printStarted(ApplicationStartedEvent event) {
        long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.println(CPU + cpu + "\n" + MAIN_CPU + mainCpu + "\n" + CLASSES
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + "\n" + BEANS
                + event.getApplicationContext().getBeanDefinitionCount() + "\n" + STARTED
                + event.getTimeTaken().toNanos());
    }

    private static String tags(StartupStep step) {
        StringBuilder tags = new StringBuilder();
        step.getTags().forEach((tag) -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
        return tags.toString();
    }

    private static void printSlowestSteps(StartupTimeline timeline) {
        timeline.getEvents()
            .stream()
            .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
            .limit(PROFILE_STEPS)
            .forEach((event) -> System.err.printf("%6d ms  %s %s%n", event.getDuration().toMillis(),
                    event.getStartupStep().getName(), tags(event.getStartupStep())));
    }

}
