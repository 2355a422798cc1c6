package dev.miniospring.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The resolved dependency graph of this module, read from the verbose
 * {@code dependency:tree} the build writes ({@code target/lib/startup-tree.txt}): each
 * artifact with its resolved version and the artifacts it depends on, including those
 * Maven printed as omitted duplicates or conflicts.
 */
final class DependencyGraph {

    private final Map<String, Node> nodes;

    private final List<String> roots;

    private DependencyGraph(Map<String, Node> nodes, List<String> roots) {
        this.nodes = nodes;
        this.roots = roots;
    }

    /**
     * Reads the tree file.
     * @param tree the output of {@code dependency:tree -Dverbose}
     * @return the graph
     * @throws IOException when the file cannot be read
     */
    static DependencyGraph read(Path tree) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        List<String> lines = Files.readAllLines(tree);
        for (String line : lines.subList(1, lines.size())) {
            int marker = Math.max(line.indexOf("+- "), line.indexOf("\\- "));
            String rest = line.substring(marker + 3);
            String[] coordinates = rest.replace("(", "").split(" ")[0].split(":");
            String classifier = (coordinates.length > 5) ? coordinates[3] : null;
            String key = coordinates[0] + ":" + coordinates[1] + ((classifier != null) ? ":" + classifier : "");
            while (path.size() > marker / 3) {
                path.pop();
            }
            (path.isEmpty() ? roots : nodes.get(path.peek()).children()).add(key);
            if (!rest.startsWith("(")) {
                nodes.put(key,
                        new Node(coordinates[1], coordinates[coordinates.length - 2], classifier, new ArrayList<>()));
            }
            path.push(key);
        }
        return new DependencyGraph(nodes, roots);
    }

    /**
     * Returns the direct dependencies of this module whose artifact id is one of the
     * given ones.
     * @param artifactIds the artifact ids
     * @return their keys ({@code groupId:artifactId})
     */
    List<String> roots(Collection<String> artifactIds) {
        return this.roots.stream().filter((key) -> artifactIds.contains(this.nodes.get(key).artifactId())).toList();
    }

    /**
     * Returns the jar file names of the given artifacts and everything they depend on, as
     * {@code dependency:copy-dependencies} names them.
     * @param roots the artifact keys to start from
     * @return the file names, in the order first reached
     */
    Set<String> jarsOf(Collection<String> roots) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            String key = pending.pop();
            if (seen.add(key)) {
                pending.addAll(this.nodes.get(key).children());
            }
        }
        return seen.stream()
            .map((key) -> this.nodes.get(key).jarName())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private record Node(String artifactId, String version, @Nullable String classifier, List<String> children) {

        String jarName() {
            return this.artifactId + "-" + this.version + ((this.classifier != null) ? "-" + this.classifier : "")
                    + ".jar";
        }

    }

}
