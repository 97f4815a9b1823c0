package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RunCommandTest {

    @Test
    @Timeout(60) // it must refuse, not start listening and wait for a stop signal
    void refusesToStartIdleWithNeitherATaskBucketNorAQueue() {
        assertThat(IiifGenerator.commandLine().execute("run")).isEqualTo(ExitCodes.INVALID);
    }
}
