package org.iiifgenerator.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskFileReaderTest {

    private static final String SOURCE = "tasks/box2.json";
    private final TaskFileReader reader = new TaskFileReader();

    @Nested
    class AValidTask {

        @Test
        void isReadAsWrittenWithItsEnvironmentInFileOrder() throws Exception {
            TaskFile task;
            try (InputStream in = TaskFileReaderTest.class.getResourceAsStream("/tasks/gen1-example.json")) {
                task = reader.read(in, "tasks/gen1-example.json");
            }

            assertThat(task.source()).isEqualTo("tasks/gen1-example.json");
            assertThat(task.jobName()).isEqualTo("job1");
            assertThat(task.jobQueue()).isEqualTo("iiifjq");
            assertThat(task.jobDefinition()).isEqualTo("iiifjd:3");
            assertThat(task.command()).isEqualTo("./createiiif.sh");
            assertThat(task.environment().keySet()).containsExactly("UPLOAD_BOOL", "AWS_REGION", "SRC_BUCKET",
                    "AWS_BUCKET_NAME", "CSV_NAME", "ACCESS_DIR", "CSV_PATH", "DEST_BUCKET", "DEST_URL");
            assertThat(task.environment()).containsEntry("DEST_BUCKET", "iiifs3");
        }

        @Test
        void takesBooleansAndWholeNumbersAsTheirText() {
            TaskFile task = read("""
                    {"environment": [{"name": "UPLOAD_BOOL", "value": false}, {"name": "TILE_SIZE", "value": 512}]}""");

            assertThat(task.environment()).containsEntry("UPLOAD_BOOL", "false").containsEntry("TILE_SIZE", "512");
        }

        @Test
        void mayLeaveFieldsOutForTheSpecificationToReport() {
            TaskFile task = read("{}");

            assertThat(task.jobName()).isNull();
            assertThat(task.environment()).isEmpty();
        }

        @Test
        void mayStartWithAByteOrderMark() {
            assertThat(read("\uFEFF{\"jobName\": \"job1\"}").jobName()).isEqualTo("job1");
        }
    }

    @Nested
    class AnInvalidTask {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                not JSON                  | jobName: job1                                         | is not valid JSON (line 1, column
                truncated                 | {"jobName": "job1"                                    | is not valid JSON
                trailing content          | {"jobName": "job1"} {}                                | is not valid JSON
                empty                     | ''                                                    | is empty
                an array                  | [{"name": "A", "value": "b"}]                         | is an array, not a JSON object
                a repeated field          | {"jobName": "a", "jobName": "b"}                      | Duplicate field 'jobName'
                an unknown field          | {"jobname": "a", "retries": 2}                        | unknown field "jobname", "retries"
                a field of another type   | {"jobQueue": 7}                                       | jobQueue is the number 7, not a string
                environment an object     | {"environment": {"ACCESS_DIR": "a"}}                  | environment is an object, not an array
                an entry not an object    | {"environment": ["ACCESS_DIR=a"]}                     | environment[0] is 'ACCESS_DIR=a', not
                an entry without name     | {"environment": [{"value": "a"}]}                     | environment[0] has no "name"
                an entry with empty name  | {"environment": [{"name": " ", "value": "a"}]}        | environment[0] has an empty "name"
                a name not a string       | {"environment": [{"name": 1, "value": "a"}]}          | environment[0] "name" is the number 1
                an entry without value    | {"environment": [{"name": "ACCESS_DIR"}]}             | environment[0] (ACCESS_DIR) has no "value"
                a null value              | {"environment": [{"name": "A", "value": null}]}       | environment[0] (A) "value" is null, not a string
                an object value           | {"environment": [{"name": "A", "value": {}}]}         | environment[0] (A) "value" is an object
                a fraction                | {"environment": [{"name": "A", "value": 2.10}]}       | environment[0] (A) "value" is the number 2.1: write
                an unknown entry field    | {"environment": [{"name": "A", "value": "b", "Value": "c"}]} | environment[0] has an unknown field "Value"
                a repeated name           | {"environment": [{"name": "A", "value": "1"}, {"name": "A", "value": "2"}]} | environment[1] repeats the name "A" of environment[0]
                """)
        void isRefusedNamingTheSourceAndTheField(String kind, String json, String expected) {
            assertThat(problems(json)).singleElement().asString().startsWith(SOURCE + ": ").contains(expected);
        }

        @Test
        void namesTheEntryOfAMissingValueAsInTheBrief() {
            String json = """
                    {"environment": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"},
                                     {"name": "C", "value": "3"}, {"name": "D"}]}""";

            assertThat(problems(json)).containsExactly(SOURCE + ": environment[3] (D) has no \"value\"");
        }

        @Test
        void reportsEveryProblemAtOnce() {
            String json = """
                    {"jobName": 1, "extra": true,
                     "environment": [{"name": "A"}, {"value": "b"}, {"name": "C", "value": []}]}""";

            assertThat(problems(json)).hasSize(5);
        }

        @Test
        void largerThanOneMebibyteIsRefusedUnread() {
            byte[] large = new byte[TaskFileReader.MAX_BYTES + 1];
            java.util.Arrays.fill(large, (byte) ' ');

            InvalidTaskException e = catchThrowableOfType(InvalidTaskException.class,
                    () -> reader.read(new ByteArrayInputStream(large), SOURCE));

            assertThat(e.problems()).singleElement().asString().contains(SOURCE, "larger than 1048576 bytes");
        }

        @Test
        void isAnInvalidJobSoItEndsWithTheExitCodeOfInvalidInput() {
            assertThat(catchThrowableOfType(InvalidTaskException.class, () -> read("[]")))
                    .isInstanceOf(InvalidJobException.class)
                    .hasMessageContaining(SOURCE)
                    .extracting(InvalidTaskException::source).isEqualTo(SOURCE);
        }

        private List<String> problems(String json) {
            return catchThrowableOfType(InvalidTaskException.class, () -> read(json)).problems();
        }
    }

    private TaskFile read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }
}
