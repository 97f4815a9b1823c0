package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve refuses at once what it cannot do, with exit code 2, instead of waiting for Ctrl-C. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFolderThatDoesNotExistIsInvalid() {
        assertThat(IiifGenerator.commandLine().execute("serve", dir.resolve("missing").toString(), "--port", "0"))
                .isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void aPortInUseIsInvalid() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(IiifGenerator.commandLine().execute("serve", dir.toString(),
                    "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(ExitCodes.INVALID);
        }
    }
}
