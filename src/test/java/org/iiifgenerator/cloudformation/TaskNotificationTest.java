package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iiifgenerator.intake.TaskFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The task bucket's notifications (to the trigger function, or to the queue of the long-lived container) deliver
 * what the application takes for a pending task file ({@link TaskFiles#isPending}), for the template's default
 * task prefix and for the bucket's root.
 */
class TaskNotificationTest {

    private static final Template TEMPLATE = ProjectTemplate.load();
    private static final String TASKS_PREFIX = "TasksPrefix";

    /** A task prefix, and one of the bucket's notification configurations as it is deployed with it. */
    record Scenario(String prefix, String notifications) {

        @Override
        public String toString() {
            return notifications + " with prefix '" + prefix + "'";
        }

        S3KeyFilter filter() {
            JsonNode bucket = ConditionalVariants.evaluate(TEMPLATE.properties("TaskBucket"),
                    Map.of("HasTasksPrefix", !prefix.isEmpty()));
            JsonNode filter = bucket.path("NotificationConfiguration").path(notifications).path(0).path("Filter");
            return S3KeyFilter.of(filter, value -> value.isTextual() ? value.asText() : parameter(value));
        }

        /** The only parameter a filter may name is the task prefix, which the scenario sets. */
        private String parameter(JsonNode value) {
            assertThat(value).isEqualTo(Intrinsics.ref(TASKS_PREFIX));
            return prefix;
        }

        TaskFiles taskFiles() {
            return new TaskFiles(prefix);
        }

        List<String> sampleKeys() {
            return Stream.of("box2.json", "Ms2016_012/Box 2/folder19.json", "box2.csv", "box2.json.txt", "box2.JSON",
                            "processed/box2.json", "processed/box2.json.outcome.json", "failed/box2.json",
                            "failed/box2.json.outcome.json")
                    .map(key -> prefix + key)
                    .flatMap(key -> prefix.isEmpty() ? Stream.of(key) : Stream.of(key, "elsewhere/" + key))
                    .toList();
        }
    }

    static Stream<Scenario> scenarios() {
        String defaultPrefix = TEMPLATE.defaultOf(TASKS_PREFIX).orElseThrow();
        return Stream.of(defaultPrefix, "").flatMap(prefix -> Stream.of(
                new Scenario(prefix, "LambdaConfigurations"), new Scenario(prefix, "QueueConfigurations")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyPendingTaskFileIsDelivered(Scenario scenario) {
        S3KeyFilter filter = scenario.filter();

        assertThat(scenario.sampleKeys())
                .filteredOn(scenario.taskFiles()::isPending)
                .filteredOn(key -> key.endsWith(".json"))
                .isNotEmpty()
                .allMatch(filter::delivers, "delivered by " + filter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void deliveredKeysThatAreNotPendingAreFinishedTasks(Scenario scenario) {
        S3KeyFilter filter = scenario.filter();
        List<String> outcomeFolders = List.of(scenario.prefix() + TaskFiles.PROCESSED,
                scenario.prefix() + TaskFiles.FAILED);

        // The application moves finished tasks within the prefix (processed/, failed/): S3 announces those copies
        // too, as it cannot exclude a folder, and the handler leaves them alone.
        assertThat(scenario.sampleKeys())
                .filteredOn(filter::delivers)
                .filteredOn(key -> !scenario.taskFiles().isPending(key))
                .allMatch(key -> outcomeFolders.stream().anyMatch(key::startsWith), "under " + outcomeFolders);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void anUpperCaseSuffixIsPendingButNotDelivered(Scenario scenario) {
        String key = scenario.prefix() + "box2.JSON";

        // S3 compares suffixes case-sensitively, TaskFiles does not: such a file waits until it is renamed.
        assertThat(scenario.taskFiles().isPending(key)).isTrue();
        assertThat(scenario.filter().delivers(key)).isFalse();
    }

    @Test
    void theFiltersTheFunctionAndTheServiceShareOnePrefix() {
        Map<String, Boolean> all = Map.of();
        JsonNode bucket = ConditionalVariants.evaluate(TEMPLATE.properties("TaskBucket"), all);
        JsonNode function = ConditionalVariants.evaluate(TEMPLATE.properties("TriggerFunction"), all);
        JsonNode service = ConditionalVariants.evaluate(TEMPLATE.properties("ServiceTaskDefinition"), all);
        String tasksPrefix = ApplicationEnvironment.variableOf("tasks.prefix");

        for (String notifications : List.of("LambdaConfigurations", "QueueConfigurations")) {
            assertThat(bucket.at("/NotificationConfiguration/" + notifications + "/0/Filter/S3Key/Rules"))
                    .as(notifications).contains(CloudFormationYaml.parse("{Name: prefix, Value: !Ref TasksPrefix}"));
        }
        assertThat(function.at("/Environment/Variables/" + tasksPrefix)).isEqualTo(Intrinsics.ref(TASKS_PREFIX));
        assertThat(service.at("/ContainerDefinitions/0/Environment")).anyMatch(variable -> variable.path("Name")
                .asText().equals(tasksPrefix) && variable.path("Value").equals(Intrinsics.ref(TASKS_PREFIX)));
    }

    @Test
    void notificationTargetsLetTheTaskBucketInByItsName() {
        // The bucket's name is spelt out in each target's policy (a reference would be circular): they must agree.
        String bucketArn = "arn:${AWS::Partition}:s3:::"
                + TEMPLATE.properties("TaskBucket").path("BucketName").path("Fn::Sub").asText();

        assertThat(TEMPLATE.properties("TriggerPermission").at("/SourceArn/Fn::Sub").asText()).isEqualTo(bucketArn);
        assertThat(TEMPLATE.properties("TaskQueuePolicy")
                .at("/PolicyDocument/Statement/0/Condition/ArnEquals/aws:SourceArn/Fn::Sub").asText())
                .isEqualTo(bucketArn);
    }
}
