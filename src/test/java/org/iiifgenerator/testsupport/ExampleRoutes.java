package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example user routes of examples/routes/, copied into a routes folder as a user would. */
public final class ExampleRoutes {

    private static final Path EXAMPLES = Path.of("examples", "routes");

    private ExampleRoutes() {
    }

    /** @return {@code folder}, holding copies of the named examples */
    public static Path copy(Path folder, String... names) {
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                Files.copy(EXAMPLES.resolve(name), folder.resolve(name));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
