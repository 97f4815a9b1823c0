package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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

    @Test
    void aPortOutOfRangeIsNamedInOneLine() {
        Refusal refusal = serve("--port", "70000");

        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(refusal.message()).isEqualTo("--port 70000 is not a port: give one from 1 to 65535, or 0 for "
                + "a free one.");
    }

    @Test
    void aNegativePortIsNamedInOneLine() {
        Refusal refusal = serve("--port", "-1");

        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(refusal.message()).startsWith("--port -1 is not a port: ");
    }

    @Test
    void anAddressThatDoesNotResolveIsNamedInOneLine() {
        // .invalid is reserved (RFC 2606): no resolver answers it.
        Refusal refusal = serve("--bind", "no-such-host.invalid");

        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(refusal.message()).isEqualTo("--bind no-such-host.invalid is not a known host name or address: "
                + "give an address of this machine, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every "
                + "network interface).");
    }

    @Test
    void anAddressOfAnotherMachineIsNamedInOneLine() {
        // TEST-NET-1 (RFC 5737): documentation only, never an address of this machine.
        Refusal refusal = serve("--bind", "192.0.2.1");

        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(refusal.message()).startsWith("--bind 192.0.2.1 is not an address of this machine");
    }

    @Test
    void aBaseUrlToRewriteThatIsNoUrlIsNamedInOneLine() {
        Refusal refusal = serve("--rewrite-base-url", "cdn.example.org/iiif");

        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(refusal.message()).isEqualTo("--rewrite-base-url cdn.example.org/iiif is not an http(s) URL: "
                + "give the base URL the folder was published for, such as https://cdn.example.org/iiif.");
    }

    /** What serve printed on its error stream (one line, no stack trace), and its exit code. */
    private record Refusal(int exitCode, String message) {
    }

    private Refusal serve(String... options) {
        String[] arguments = new String[options.length + 2];
        arguments[0] = "serve";
        arguments[1] = dir.toString();
        System.arraycopy(options, 0, arguments, 2, options.length);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = IiifGenerator.commandLine().execute(arguments);
        } finally {
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).as("what serve printed:%n%s", text).hasSize(1);
        return new Refusal(exitCode, text.strip());
    }
}
