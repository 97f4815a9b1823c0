package org.iiifgenerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the packages to what their package-info says they may depend on ("May depend on: a, b." or "nothing." or
 * "any package."), so the picture of the house stays true: every package has one, every reference from a main
 * source file to another package of the application (imports, static imports, qualified names) is allowed there,
 * and the allowed arrows form no cycle.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/iiifgenerator");
    private static final Pattern ALLOWED = Pattern.compile("May depend on: (.+?)\\.(\\s|$)");
    private static final Pattern REFERENCE =
            Pattern.compile("\\borg\\.iiifgenerator\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");
    private static final String ANY = "any package";

    /**
     * Arrows that run against the allowed graph and are not removed yet, with why. Each must still occur (so this
     * list shrinks as they go) and is left out of the checks.
     */
    private static final Map<String, String> KNOWN = Map.of();

    @Test
    void everyPackageSaysWhatItIsForAndWhatItMayDependOn() throws IOException {
        Map<String, Set<String>> allowed = allowed();
        assertThat(allowed.keySet()).as("packages with a package-info").containsAll(packages());
        allowed.forEach((from, to) -> assertThat(to).as("what %s may depend on", from).allSatisfy(target ->
                assertThat(target.equals(ANY) || allowed.containsKey(target)).as("%s is a package", target).isTrue()));
    }

    @Test
    void everyPackageDependsOnlyOnWhatItsPackageInfoAllows() throws IOException {
        Map<String, Set<String>> allowed = allowed();
        List<String> forbidden = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Path file : sourceFiles()) {
            String from = packageOf(file);
            Set<String> mayUse = allowed.getOrDefault(from, Set.of());
            if (mayUse.contains(ANY)) {
                continue;
            }
            for (String to : references(file)) {
                String arrow = from + " -> " + to;
                if (to.equals(from) || mayUse.contains(to)) {
                    continue;
                }
                if (KNOWN.containsKey(arrow)) {
                    known.add(arrow);
                } else {
                    forbidden.add(SOURCES.relativize(file) + ": " + arrow);
                }
            }
        }
        assertThat(forbidden).as("references a package-info does not allow").isEmpty();
        assertThat(known).as("the known arrows still to remove (take a removed one off the list)")
                .isEqualTo(KNOWN.keySet());
    }

    @Test
    void theAllowedArrowsFormNoCycle() throws IOException {
        Map<String, Set<String>> allowed = allowed();
        allowed.forEach((from, to) -> {
            if (!to.contains(ANY)) {
                assertThat(cycleFrom(from, allowed, new ArrayList<>(), new HashSet<>()))
                        .as("a cycle through %s", from).isEmpty();
            }
        });
        Set<String> mayUseAny = allowed.entrySet().stream().filter(e -> e.getValue().contains(ANY))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        allowed.forEach((from, to) -> assertThat(to).as("%s may not depend on the top package", from)
                .doesNotContainAnyElementsOf(mayUseAny));
    }

    /** The path of a cycle that starts and ends at {@code start}, or an empty list. */
    private static List<String> cycleFrom(String start, Map<String, Set<String>> allowed, List<String> path,
                                          Set<String> seen) {
        String here = path.isEmpty() ? start : path.getLast();
        for (String next : allowed.getOrDefault(here, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.addFirst(start);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> cycle = cycleFrom(start, allowed, path, seen);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
                path.removeLast();
            }
        }
        return List.of();
    }

    /** By package: what its package-info allows ("any package" for the top one). */
    private static Map<String, Set<String>> allowed() throws IOException {
        Map<String, Set<String>> allowed = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path info : files.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
                String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*", " ");
                Matcher m = ALLOWED.matcher(text);
                assertThat(m.find()).as("%s says what the package may depend on (May depend on: ...)", info)
                        .isTrue();
                String list = m.group(1).strip();
                allowed.put(packageOf(info), list.equals("nothing") ? Set.of()
                        : list.equals(ANY) ? Set.of(ANY)
                        : Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet()));
            }
        }
        return allowed;
    }

    private static Set<String> packages() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : sourceFiles()) {
            packages.add(packageOf(file));
        }
        return packages;
    }

    private static List<Path> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java")).sorted().toList();
        }
    }

    /** The package below org.iiifgenerator, e.g. "iiif.image". */
    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
    }

    /** The application's packages a file refers to in code (comments left out). */
    private static Set<String> references(Path file) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                packages.add(m.group(1));
            }
        }
        return packages;
    }
}
