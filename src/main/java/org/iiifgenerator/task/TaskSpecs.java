package org.iiifgenerator.task;

import static org.iiifgenerator.task.PredecessorVariable.ACCESS_DIR;
import static org.iiifgenerator.task.PredecessorVariable.AWS_REGION;
import static org.iiifgenerator.task.PredecessorVariable.CSV_NAME;
import static org.iiifgenerator.task.PredecessorVariable.CSV_PATH;
import static org.iiifgenerator.task.PredecessorVariable.DEST_URL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.layout.OutputLayout;

/**
 * Turns a task into a {@link TaskSpec}, checking all of it before any work: every problem is collected into one
 * {@link InvalidTaskException}, each naming its field.
 *
 * <p>A task file may only use the names of {@link PredecessorVariable} and {@link TaskOption}: an unknown name is
 * most likely a typo, which the system we replace dropped in silence. The environment of an AWS Batch job holds
 * much else (PATH, HOME, AWS_BATCH_JOB_ID...), so there only the known names are read.
 */
public final class TaskSpecs {

    /** Every name a task's environment may use, in the order they are listed to the user. */
    public static final SequencedSet<String> NAMES = names();

    /** AWS Batch job names: up to 128 letters, digits, '-' and '_', starting with a letter or digit. */
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");

    private TaskSpecs() {
    }

    /** The specification of a task file, as read by {@link TaskFileReader}. */
    public static TaskSpec from(TaskFile task) {
        List<String> problems = new ArrayList<>();
        List<String> unknown = task.environment().keySet().stream().filter(name -> !NAMES.contains(name)).toList();
        if (!unknown.isEmpty()) {
            problems.add("environment has unknown names " + String.join(", ", unknown) + ": a task may use "
                    + String.join(", ", NAMES));
        }
        String jobName = required(task.jobName(), "jobName", "name the AWS Batch job", problems);
        if (jobName != null && !JOB_NAME.matcher(jobName).matches()) {
            problems.add("jobName is '" + jobName + "', which AWS Batch does not accept: use up to 128 letters, "
                    + "digits, '-' and '_', starting with a letter or digit");
        }
        String jobQueue = required(task.jobQueue(), "jobQueue", "name the AWS Batch job queue", problems);
        String jobDefinition = required(task.jobDefinition(), "jobDefinition", "name the AWS Batch job definition",
                problems);
        return build(task.source(), new BatchJob(jobName, jobQueue, jobDefinition), task.environment(), problems);
    }

    /** The specification an AWS Batch job receives as environment variables; other variables are ignored. */
    public static TaskSpec fromEnvironment(Map<String, String> processEnvironment, String source) {
        Map<String, String> known = new LinkedHashMap<>();
        processEnvironment.forEach((name, value) -> {
            if (NAMES.contains(name)) {
                known.put(name, value);
            }
        });
        return build(source, new BatchJob(null, null, null), known, new ArrayList<>());
    }

    private record BatchJob(String name, String queue, String definition) {
    }

    private static TaskSpec build(String source, BatchJob job, Map<String, String> environment,
                                  List<String> problems) {
        TaskVariables vars = new TaskVariables(environment);
        String region = vars.optional(AWS_REGION, TaskSpecs::region);
        KeyPath accessDir = vars.required(ACCESS_DIR, KeyPath::parse,
                "give the folder of the object's images in the source bucket");
        String csvName = vars.optional(CSV_NAME, TaskSpecs::fileName);
        KeyPath csvPath = vars.optional(CSV_PATH, KeyPath::parse);
        requireTogether(vars, CSV_PATH, CSV_NAME);
        requireTogether(vars, CSV_NAME, CSV_PATH);
        OutputLayout site = vars.required(DEST_URL, OutputLayout::new,
                "give the public http(s) URL the destination bucket is served from");
        Map<String, String> settings = options(vars);
        PredecessorLocations locations = PredecessorLocations.read(vars, csvName);
        PredecessorLayout layout = accessDir == null || locations == null ? null : layout(vars, accessDir, locations);
        problems.addAll(vars.problems());
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(source, problems);
        }
        KeyPath root = layout.root(locations.destinationFolder());
        return new TaskSpec(source, job.name(), job.queue(), job.definition(), region, locations.sourceBucket(),
                locations.sourceFolder().then(accessDir).asFolder(),
                csvPath == null ? null : csvPath.then(new KeyPath(List.of(csvName))).toString(),
                locations.destinationBucket(), root.toString(),
                root.isEmpty() ? site.baseUrl() : site.url(root.toString()),
                locations.collectionId() != null ? locations.collectionId() : layout.collectionFolder(),
                layout.objectId(), settings, locations.upload(), environment);
    }

    private static PredecessorLayout layout(TaskVariables vars, KeyPath accessDir, PredecessorLocations locations) {
        try {
            return PredecessorLayout.of(accessDir, locations.collectionMarker(), locations.markerOrigin());
        } catch (IllegalArgumentException e) {
            vars.problem(ACCESS_DIR, "is '" + accessDir + "': " + e.getMessage());
            return null;
        }
    }

    /** Our options, checked by the parsers of their configuration keys, as configuration overrides. */
    private static Map<String, String> options(TaskVariables vars) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (TaskOption option : TaskOption.values()) {
            Function<String, ?> check = SettingsRegistry.valueParser(option.configurationKey())
                    .orElse(Function.identity());
            String value = vars.optional(option, text -> {
                check.apply(text);
                return text;
            });
            if (value != null) {
                settings.put(option.configurationKey(), value);
            }
        }
        return settings;
    }

    private static void requireTogether(TaskVariables vars, PredecessorVariable given, PredecessorVariable missing) {
        if (vars.has(given) && !vars.has(missing)) {
            vars.problem(missing, "is not set, but " + given + " is: the CSV is CSV_PATH/CSV_NAME in the source "
                    + "bucket, give both or neither");
        }
    }

    private static String required(String value, String field, String purpose, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is " + (value == null ? "missing" : "empty") + ": " + purpose);
            return null;
        }
        return value.strip();
    }

    private static SequencedSet<String> names() {
        SequencedSet<String> names = new LinkedHashSet<>();
        Stream.concat(Arrays.stream(PredecessorVariable.values()), Arrays.stream(TaskOption.values()))
                .forEach(name -> names.add(name.name()));
        return Collections.unmodifiableSequencedSet(names);
    }

    private static String region(String region) {
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("it is not an AWS region name, e.g. us-east-1");
        }
        return region;
    }

    private static String fileName(String name) {
        KeyPath path = KeyPath.parse(name);
        if (path.size() != 1) {
            throw new IllegalArgumentException("give the file name here and its folder in CSV_PATH");
        }
        return path.toString();
    }
}
