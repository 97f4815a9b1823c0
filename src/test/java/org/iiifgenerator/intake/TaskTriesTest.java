package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskTriesTest {

    private static final TaskFileRef BOX = new TaskFileRef("tasks", "incoming/box1.json", "\"etag-1\"");

    @Test
    void triesThatLeaveATaskPendingAreCountedUpToTheLast() {
        TaskTries tries = new TaskTries(3);

        assertThat(tries.started(BOX)).isEqualTo(1);
        assertThat(tries.lastTry(1)).isFalse();
        assertThat(tries.started(BOX)).isEqualTo(2);
        assertThat(tries.lastTry(2)).isFalse();
        assertThat(tries.started(BOX)).isEqualTo(3);
        assertThat(tries.lastTry(3)).isTrue();
    }

    @Test
    void eachTaskFileIsCountedOnItsOwn() {
        TaskTries tries = new TaskTries(3);
        tries.started(BOX);
        tries.started(BOX);

        assertThat(tries.started(new TaskFileRef("tasks", "incoming/box2.json", "\"etag-1\""))).isEqualTo(1);
        assertThat(tries.started(new TaskFileRef("other-tasks", "incoming/box1.json", "\"etag-1\""))).isEqualTo(1);
        assertThat(tries.started(BOX)).isEqualTo(3);
    }

    @Test
    void aTaskFileUploadedAgainWithOtherContentStartsFromItsFirstTry() {
        TaskTries tries = new TaskTries(3);
        tries.started(BOX);
        tries.started(BOX);

        TaskFileRef changed = new TaskFileRef(BOX.bucket(), BOX.key(), "\"etag-2\"");
        assertThat(tries.started(changed)).isEqualTo(1);
        assertThat(tries.started(changed)).isEqualTo(2);
        assertThat(tries.started(BOX)).as("the first version again, after another: counted afresh").isEqualTo(1);
    }

    @Test
    void aTaskThatLeftTheTaskFolderStartsFromItsFirstTryWhenPutThereAgain() {
        TaskTries tries = new TaskTries(3);
        tries.started(BOX);
        tries.started(BOX);
        tries.forget(BOX);

        assertThat(tries.started(BOX)).as("after a success, or after a move to failed/").isEqualTo(1);
    }

    @Test
    void withoutAnEndNoTryIsTheLast() {
        TaskTries tries = TaskTries.configured("0");
        for (int i = 0; i < 100; i++) {
            tries.started(BOX);
        }

        assertThat(tries.lastTry(tries.started(BOX))).isFalse();
        assertThat(TaskTries.configured(" ").lastTry(Integer.MAX_VALUE)).as("empty: no end").isFalse();
    }

    @Test
    void aTaskNotCountedHereHasNoLastTry() {
        assertThat(new TaskTries(1).lastTry(null)).as("the trigger Lambda leaves it to Lambda's retries").isFalse();
    }

    @Test
    void theConfiguredNumberIsChecked() {
        assertThat(TaskTries.configured(" 2 ").lastTry(2)).isTrue();
        assertThatThrownBy(() -> TaskTries.configured("five")).hasMessageContaining("tasks.max-tries")
                .hasMessageContaining("'five'");
        assertThatThrownBy(() -> TaskTries.configured("-1")).hasMessageContaining("tasks.max-tries")
                .hasMessageContaining("-1");
    }

    @Test
    void onlyTheFailuresThatLeftATaskPendingAreKnownAsReported() {
        TaskTries tries = new TaskTries(3);
        Exception unavailable = new IllegalStateException("S3 did not serve p2.jpg");
        Exception stopped = new IllegalStateException("Stopped before the end");
        tries.stays(BOX, 1, unavailable);
        tries.staysForTheNextContainer(BOX, stopped);

        assertThat(tries.reported(unavailable)).isTrue();
        assertThat(tries.reported(stopped)).isTrue();
        assertThat(tries.reported(new IllegalStateException("S3 did not serve p2.jpg")))
                .as("another failure, even with the same message").isFalse();
        assertThat(tries.reported(null)).isFalse();
    }
}
