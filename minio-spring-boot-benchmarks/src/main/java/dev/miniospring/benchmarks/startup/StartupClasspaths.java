package dev.miniospring.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The classpaths of the start-up app with and without the starter, derived from this
 * module's resolved dependency graph: the app's classes plus the jars of Spring MVC and
 * Actuator (and of the starter), as {@code target/lib} holds them.
 *
 * @param without the classpath without the starter
 * @param with the classpath with the starter
 * @param added the jars the starter adds
 */
record StartupClasspaths(String without, String with, List<Path> added) {

    private static final List<String> APP = List.of("spring-boot-starter-webmvc", "spring-boot-starter-actuator");

    private static final String STARTER = "minio-spring-boot-starter";

    /**
     * Derives the classpaths from the build directory of the jar this class was loaded
     * from: its {@code classes} (not the jar, whose manifest lists every library) and
     * {@code lib}.
     * @return the classpaths
     * @throws IOException when the dependency tree cannot be read
     */
    static StartupClasspaths resolve() throws IOException {
        Path target = Path.of(StartupClasspaths.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toAbsolutePath()
            .getParent();
        Path lib = target.resolve("lib");
        Path classes = target.resolve("classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("The start-up benchmark runs from the build directory: " + classes
                    + " is missing (run the jar in place, or copy target/classes with it)");
        }
        DependencyGraph graph = DependencyGraph.read(lib.resolve("startup-tree.txt"));
        List<Path> without = jars(lib, graph.jarsOf(graph.roots(APP)));
        Set<String> withNames = graph.jarsOf(graph.roots(List.of(APP.get(0), APP.get(1), STARTER)));
        List<Path> with = jars(lib, withNames);
        List<Path> added = with.stream().filter((jar) -> !without.contains(jar)).toList();
        return new StartupClasspaths(classpath(classes.toString(), without), classpath(classes.toString(), with),
                added);
    }

    /**
     * Returns the size of the added jars.
     * @return the bytes
     */
    long addedBytes() {
        return this.added.stream().mapToLong((jar) -> jar.toFile().length()).sum();
    }

    private static List<Path> jars(Path lib, Set<String> names) {
        List<Path> jars = names.stream().map(lib::resolve).toList();
        List<Path> missing = jars.stream().filter((jar) -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Jars of the dependency tree missing from " + lib + ": " + missing);
        }
        return jars;
    }

    private static String classpath(String classes, List<Path> jars) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(classes);
        jars.forEach((jar) -> entries.add(jar.toString()));
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }

}
