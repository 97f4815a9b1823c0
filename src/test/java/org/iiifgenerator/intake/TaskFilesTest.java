package org.iiifgenerator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskFilesTest {

    @Test
    void pendingTasksAreJsonFilesUnderThePrefixOutsideTheOutcomeFolders() {
        TaskFiles tasks = new TaskFiles("incoming");

        assertThat(tasks.isPending("incoming/box2.json")).isTrue();
        assertThat(tasks.isPending("incoming/sub/box2.JSON")).isTrue();
        assertThat(tasks.isPending("incoming/box2.csv")).isFalse();
        assertThat(tasks.isPending("other/box2.json")).isFalse();
        assertThat(tasks.isPending("incoming/processed/box2.json")).isFalse();
        assertThat(tasks.isPending("incoming/failed/box2.json")).isFalse();
    }

    @Test
    void finishedTasksMoveIntoTheOutcomeFolderUnderThePrefix() {
        assertThat(new TaskFiles("incoming/").finishedKey("incoming/sub/box2.json", true))
                .isEqualTo("incoming/processed/sub/box2.json");
        assertThat(new TaskFiles("").finishedKey("box2.json", false)).isEqualTo("failed/box2.json");
    }
}
