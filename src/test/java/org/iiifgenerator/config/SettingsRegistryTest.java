package org.iiifgenerator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.app.IiifGenerator;
import org.iiifgenerator.app.BeanConfigurations;
import org.iiifgenerator.task.PredecessorVariable;
import org.iiifgenerator.task.TaskOption;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The registry is the one list of settings: application.properties (where users read them), the routes'
 * placeholders, the task fields, the command line and the documentation's option tables all agree with it.
 */
class SettingsRegistryTest {

    private static final Path DOCS = Path.of("docs");
    /** Keys of the namespaces the application reads; Camel's own (camel.*) are Camel's to check. */
    private static final Pattern KEY = Pattern.compile(
            "(?:iiif|pipeline|tasks|dispatch|aws|vips|observe|health|events|steps|routes|shutdown|intake)"
                    + "\\.[a-z0-9.-]*[a-z0-9]");

    @Test
    void everyKeyOfApplicationPropertiesIsRegisteredWithTheSameDefault() throws IOException {
        Properties shipped = applicationProperties();
        TreeMap<String, String> unregistered = new TreeMap<>();
        TreeMap<String, String> otherDefault = new TreeMap<>();
        for (String key : shipped.stringPropertyNames()) {
            if (key.startsWith("camel.")) {
                continue;
            }
            String value = shipped.getProperty(key).strip();
            SettingsRegistry.find(key).ifPresentOrElse(setting -> {
                if (!value.equals(setting.defaultValue())) {
                    otherDefault.put(key, value + " (registry: " + setting.defaultValue() + ")");
                }
            }, () -> unregistered.put(key, value));
        }
        assertThat(unregistered).as("keys of application.properties missing from SettingsRegistry").isEmpty();
        assertThat(otherDefault).as("defaults of application.properties that differ from the registry's").isEmpty();
    }

    @Test
    void everyRegisteredDefaultIsInApplicationProperties() throws IOException {
        Set<String> shipped = applicationProperties().stringPropertyNames();
        assertThat(SettingsRegistry.all().stream().filter(setting -> setting.defaultValue() != null)
                .map(Setting::key).filter(key -> !shipped.contains(key)))
                .as("registered keys with a default that application.properties does not document").isEmpty();
    }

    @Test
    void everyPlaceholderOfTheRoutesAndPropertiesIsRegistered() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\{\\??(" + KEY.pattern() + ")(?::[^}]*)?}}");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> routes = Files.list(Path.of("src/main/resources/routes"))) {
            for (Path file : routes.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                named.addAll(matches(placeholder, Files.readString(file)));
            }
        }
        named.addAll(matches(placeholder, Files.readString(Path.of("src/main/resources/application.properties"))));
        assertThat(named).isNotEmpty();
        assertThat(named.stream().filter(key -> SettingsRegistry.find(key).isEmpty()))
                .as("placeholders naming an unregistered key").isEmpty();
    }

    @Test
    void everyKeyTheBeansInjectIsRegisteredAndFallsBackToItsDefault() {
        List<PropertyInject> injected = BeanConfigurations.ALL.stream()
                .flatMap(configuration -> Arrays.stream(configuration.getDeclaredFields()))
                .map(field -> field.getAnnotation(PropertyInject.class)).filter(Objects::nonNull).toList();
        assertThat(injected).isNotEmpty();
        for (PropertyInject inject : injected) {
            Setting setting = SettingsRegistry.find(inject.value()).orElse(null);
            assertThat(setting).as("the injected key %s", inject.value()).isNotNull();
            assertThat(inject.defaultValue()).as("the fallback of %s", inject.value())
                    .isIn(setting.defaultValue(), "");
        }
    }

    @Test
    void theTaskFieldsAreTheTaskOptions() {
        assertThat(SettingsRegistry.all().stream().flatMap(setting -> setting.task().stream()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TaskOption.values()).map(Enum::name).toList());
        Arrays.stream(TaskOption.values()).forEach(option -> assertThat(
                SettingsRegistry.ofTaskField(option.name()).map(Setting::key)).contains(option.configurationKey()));
    }

    @Test
    void theTileSizeHasOneKeyAndTheNamesDerivedFromIt() {
        Setting tileSize = SettingsRegistry.find(SettingsRegistry.TILE_SIZE).orElseThrow();
        assertThat(tileSize.environmentVariable()).isEqualTo("IIIF_TILE_SIZE");
        assertThat(tileSize.task()).contains("TILE_SIZE");
        assertThat(tileSize.commandLine()).contains("--tile-size");
        assertThat(tileSize.defaultValue()).isEqualTo("512");
    }

    @Test
    void everyRegisteredOptionIsAnOptionOfTheCommandLineAndItsHelpGivesTheRegisteredDefault() {
        Set<String> options = commandLineOptions().stream().map(OptionSpec::longestName).collect(Collectors.toSet());
        assertThat(SettingsRegistry.all().stream().flatMap(setting -> setting.commandLine().stream())
                .filter(option -> !options.contains(option))).as("registered options no command has").isEmpty();
        Pattern helpDefault = Pattern.compile("\\(default ([^):,;]+)\\)");
        for (OptionSpec option : commandLineOptions()) {
            Matcher help = helpDefault.matcher(String.join(" ", option.description()));
            registeredFor(option.longestName()).filter(setting -> help.find())
                    .ifPresent(setting -> assertThat(help.group(1)).as("the help of %s", option.longestName())
                            .isEqualTo(setting.defaultValue()));
        }
    }

    @Test
    void theOptionTablesOfUsageNameOptionsThatExistWithTheirDefaults() throws IOException {
        Set<String> options = commandLineOptions().stream().flatMap(option -> Arrays.stream(option.names()))
                .collect(Collectors.toSet());
        Pattern row = Pattern.compile("(?m)^\\| `(--[a-z-]+)[^`]*` \\| ([^|]*) \\|");
        Matcher rows = row.matcher(Files.readString(DOCS.resolve("usage.md")));
        int checked = 0;
        while (rows.find()) {
            String option = rows.group(1);
            String documentedDefault = rows.group(2).strip();
            assertThat(options).as("the option %s of docs/usage.md", option).contains(option);
            registeredFor(option).filter(setting -> !setting.defaultValue().isEmpty())
                    .filter(setting -> documentedDefault.matches("`[^`]*`"))
                    .ifPresent(setting -> assertThat(documentedDefault).as("the default of %s in docs/usage.md",
                            option).isEqualTo("`" + setting.defaultValue() + "`"));
            checked++;
        }
        assertThat(checked).as("rows of the option tables of docs/usage.md").isGreaterThan(20);
    }

    @Test
    void theKeysTheDocumentsNameAreRegistered() throws IOException {
        Pattern quoted = Pattern.compile("`(" + KEY.pattern() + ")`");
        Set<String> named = new TreeSet<>();
        for (String page : List.of("usage.md", "tasks-and-aws.md", "scale-out.md")) {
            named.addAll(matches(quoted, Files.readString(DOCS.resolve(page))));
        }
        assertThat(named).contains(SettingsRegistry.SHARDS, SettingsRegistry.TILE_SIZE);
        assertThat(named.stream().filter(key -> SettingsRegistry.find(key).isEmpty()))
                .as("keys the documentation names that are not registered").isEmpty();
    }

    @Test
    void theTaskFieldsTheDocumentsListAreSeedVariablesOrRegistered() throws IOException {
        String tasks = Files.readString(DOCS.resolve("tasks-and-aws.md"));
        String names = tasks.substring(tasks.indexOf("- **Names.**"), tasks.indexOf("- **Checked before any work**"));
        Set<String> seed = Arrays.stream(PredecessorVariable.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> listed = matches(Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\\b"), names);
        assertThat(listed).contains("TILE_SIZE", "SHARDS", "DISPATCH");
        assertThat(listed.stream().filter(name -> !seed.contains(name))
                .filter(name -> SettingsRegistry.ofTaskField(name).isEmpty()))
                .as("task fields docs/tasks-and-aws.md lists that are neither the seed's nor registered").isEmpty();
    }

    @Test
    void theDispatchModesOfScaleOutAreTheRegisteredOnes() throws IOException {
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z]+)`").matcher(Files.readString(DOCS.resolve("scale-out.md")));
        List<String> modes = rows.results().map(row -> row.group(1)).toList();
        assertThat(modes).containsExactlyElementsOf(SettingsRegistry.DISPATCH_MODES);
        assertThat(SettingsRegistry.valueParser(SettingsRegistry.DISPATCH).orElseThrow().apply("Batch"))
                .isEqualTo("batch");
    }

    private static java.util.Optional<Setting> registeredFor(String option) {
        return SettingsRegistry.all().stream().filter(setting -> option.equals(setting.option())).findFirst();
    }

    private static List<OptionSpec> commandLineOptions() {
        return allCommands(new CommandLine(new IiifGenerator()).getCommandSpec())
                .flatMap(command -> command.options().stream()).toList();
    }

    private static Stream<CommandSpec> allCommands(CommandSpec command) {
        return Stream.concat(Stream.of(command), command.subcommands().values().stream()
                .flatMap(sub -> allCommands(sub.getCommandSpec())));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SettingsRegistryTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
