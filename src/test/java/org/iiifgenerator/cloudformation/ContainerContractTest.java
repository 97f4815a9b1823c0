package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iiifgenerator.cloudformation.ApplicationEnvironment.variableOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.iiifgenerator.app.TriggerHandler;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.dispatch.BatchSubmitter;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.task.TaskSpecs;
import org.junit.jupiter.api.Test;

/** The template starts the application's image the way the application expects to be started. */
class ContainerContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Template template = ProjectTemplate.load();

    @Test
    void jobDefinitionRunsTheCommandSubmissionsUse() {
        JsonNode command = template.properties("JobDefinition").at("/ContainerProperties/Command");

        assertThat(command).isEqualTo(JSON.valueToTree(BatchSubmitter.RUN_COMMAND));
    }

    @Test
    void theJobDefinitionRetriesAsEverySubmissionDoes() {
        JsonNode retry = template.properties("JobDefinition").path("RetryStrategy");
        List<String> rules = StreamSupport.stream(retry.path("EvaluateOnExit").spliterator(), false)
                .map(rule -> rule.path("Action").asText().toUpperCase(Locale.ROOT) + " "
                        + rule.path("OnExitCode").asText(rule.path("OnStatusReason").asText()))
                .toList();

        // A submission's retry strategy replaces the job definition's: both must say the same.
        assertThat(rules).containsExactlyElementsOf(BatchSubmitter.RETRY_RULES.stream()
                .map(rule -> rule.actionAsString().toUpperCase(Locale.ROOT) + " "
                        + (rule.onExitCode() != null ? rule.onExitCode() : rule.onStatusReason()))
                .toList());
        // Exit codes of the application: 1 some images failed, 2 invalid task; neither gets better on a rerun.
        assertThat(rules).contains("EXIT 1", "EXIT 2", "RETRY Host EC2*");
        assertThat(retry.path("Attempts")).isEqualTo(Intrinsics.ref("JobAttempts"));
    }

    @Test
    void submittersUseTheJobDefinitionsAttemptsAndTimeout() {
        for (String submitter : List.of("TriggerFunction", "ServiceTaskDefinition")) {
            Map<String, JsonNode> environment = environment(submitter);

            assertThat(environment.get(variableOf("dispatch.batch.attempts"))).as(submitter)
                    .isEqualTo(template.properties("JobDefinition").at("/RetryStrategy/Attempts"));
            assertThat(environment.get(variableOf("dispatch.batch.timeout-seconds"))).as(submitter)
                    .isEqualTo(template.properties("JobDefinition").at("/Timeout/AttemptDurationSeconds"));
        }
    }

    @Test
    void triggerFunctionRunsTheTriggerHandlerFromTheImage() {
        JsonNode function = template.properties("TriggerFunction");

        assertThat(function.path("PackageType").asText()).isEqualTo("Image");
        assertThat(function.at("/ImageConfig/Command")).isEqualTo(JSON.valueToTree(
                List.of("lambda", TriggerHandler.class.getName() + "::handleRequest")));
        assertThat(environment("TriggerFunction")).containsKeys(variableOf("tasks.prefix"),
                variableOf("dispatch.batch.attempts"), variableOf("dispatch.batch.timeout-seconds"),
                variableOf("dispatch.shard-gb"));
    }

    @Test
    void serviceRunsTheLongLivedContainerOnTheTaskQueue() {
        JsonNode container = template.properties("ServiceTaskDefinition").at("/ContainerDefinitions/0");

        assertThat(container.path("Command")).isEqualTo(JSON.valueToTree(List.of("run")));
        assertThat(container.at("/HealthCheck/Command")).isEqualTo(JSON.valueToTree(
                List.of("CMD", "/opt/iiif-generator/bin/iiif-generator", "health")));
        assertThat(environment("ServiceTaskDefinition")).containsKeys(variableOf("tasks.bucket"),
                variableOf("tasks.prefix"), variableOf("tasks.queue"), variableOf("dispatch.mode"), "AWS_REGION");
    }

    /** CloudWatch gets the log format the stack chose (JSON lines by default) from every container. */
    @Test
    void everyContainerLogsInTheStacksLogFormat() {
        ContainerEnvironments.namesByResource(template).forEach((container, names) ->
                assertThat(environment(container).get("LOG_FORMAT")).as(container)
                        .isEqualTo(JSON.valueToTree(Map.of("Ref", "LogFormat"))));
        assertThat(ContainerEnvironments.namesByResource(template))
                .containsKeys("JobDefinition", "TriggerFunction", "ServiceTaskDefinition");
    }

    /** tasks.allowed-buckets names the source buckets the stack may read and the destination it publishes to. */
    @Test
    void everyContainerAllowsTasksTheStacksOwnBucketsOnly() {
        String variable = variableOf("tasks.allowed-buckets");
        for (String container : ContainerEnvironments.namesByResource(template).keySet()) {
            for (ConditionalVariants.Variant variant : ConditionalVariants.of(template.properties(container))) {
                JsonNode allowed = variables(variant.value()).get(variable);
                boolean created = variant.conditions().getOrDefault("CreateDestination", true);

                String where = variable + " of " + container + " when " + variant.conditions();
                assertThat(allowed).as(where).isNotNull();
                assertThat(refsIn(allowed)).as(where).containsExactlyInAnyOrder("SourceBucketArns",
                        created ? "DestinationBucket" : "DestinationBucketName");
            }
        }
    }

    /**
     * Run records (reports naming the sources, provenance) stay in the task bucket, which is never public: every
     * container is told so, and the roles that run tasks may keep them there and reach nothing else of the bucket.
     */
    @Test
    void runRecordsAreKeptInTheTaskBucketsRecordsFolderOnly() {
        for (String container : List.of("JobDefinition", "ServiceTaskDefinition", "TriggerFunction")) {
            JsonNode records = environment(container).get(variableOf(SettingsRegistry.RECORDS));
            assertThat(records).as(container).isNotNull();
            assertThat(records.path("Fn::Sub").asText()).as(container)
                    .isEqualTo("s3://${TaskBucket}/" + RecordsLocation.TASK_BUCKET_FOLDER);
        }
        JsonNode policy = ConditionalVariants.evaluate(template.properties("RunRecordsPolicy"), Map.of());
        assertThat(refsIn(policy.path("Roles"))).containsExactlyInAnyOrder("JobRole", "ServiceTaskRole");
        List<String> resources = new ArrayList<>();
        for (JsonNode statement : policy.at("/PolicyDocument/Statement")) {
            resources.add(statement.path("Resource").toString());
            if (statement.path("Action").toString().contains("s3:ListBucket")) {
                assertThat(statement.at("/Condition/StringLike/s3:prefix").toString())
                        .isEqualTo("[\"" + RecordsLocation.TASK_BUCKET_FOLDER + "/*\"]");
            }
        }
        assertThat(resources).containsExactlyInAnyOrder("{\"Fn::GetAtt\":[\"TaskBucket\",\"Arn\"]}",
                "{\"Fn::Sub\":\"${TaskBucket.Arn}/" + RecordsLocation.TASK_BUCKET_FOLDER + "/*\"}");
    }

    @Test
    void containersSetOnlyVariablesTheApplicationReads() {
        Set<String> known = ApplicationEnvironment.knownNames();
        Map<String, Set<String>> unknown = new TreeMap<>();
        ContainerEnvironments.namesByResource(template).forEach((resource, names) -> names.stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> unknown.computeIfAbsent(resource, r -> new TreeSet<>()).add(name)));

        assertThat(unknown).withFailMessage(() -> "Variables the application does not read: " + unknown
                + "\nIt reads " + known).isEmpty();
    }

    @Test
    void jobDefinitionLeavesTheTaskVariablesToTheTasks() {
        Set<String> taskVariables = new TreeSet<>(ContainerEnvironments.namesByResource(template).get("JobDefinition"));
        taskVariables.retainAll(TaskSpecs.NAMES);

        // Submissions pass each task's variables; a default here would apply to tasks that left one out on purpose.
        assertThat(taskVariables).isSubsetOf("AWS_REGION");
    }

    /** A container's variables by name, in the variant where every condition holds. */
    private Map<String, JsonNode> environment(String resource) {
        return variables(ConditionalVariants.evaluate(template.properties(resource), Map.of()));
    }

    /** The variables of a Lambda function, of a task definition's first container or of a job definition. */
    private static Map<String, JsonNode> variables(JsonNode properties) {
        Map<String, JsonNode> variables = new TreeMap<>();
        JsonNode lambda = properties.at("/Environment/Variables");
        lambda.properties().forEach(variable -> variables.put(variable.getKey(), variable.getValue()));
        for (String list : List.of("/ContainerDefinitions/0/Environment", "/ContainerProperties/Environment")) {
            for (JsonNode variable : properties.at(list)) {
                variables.put(variable.path("Name").asText(), variable.path("Value"));
            }
        }
        return variables;
    }

    /** The names a value refers to with Ref. */
    private static List<String> refsIn(JsonNode value) {
        if (value.has(Intrinsics.REF)) {
            return List.of(value.get(Intrinsics.REF).asText());
        }
        return StreamSupport.stream(value.spliterator(), false).flatMap(child -> refsIn(child).stream()).toList();
    }
}
