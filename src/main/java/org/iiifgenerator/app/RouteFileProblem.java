package org.iiifgenerator.app;

import java.util.Optional;
import org.apache.camel.FailedToCreateRouteException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A start-up failure caused by a route file (a user route in routes.dir, most likely), said in one message that
 * names the file, line and column and what to do, instead of a stack trace.
 */
final class RouteFileProblem {

    private static final String DUPLICATE_IDS = "Duplicate route ids detected";

    private RouteFileProblem() {
    }

    static Optional<String> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException yaml) {
                // Its message names the file, the line and the column, and shows the line.
                return Optional.of("A route file cannot be loaded: " + yaml.getMessage().strip()
                        + System.lineSeparator() + "Correct it, or move it out of the routes folder (routes.dir).");
            }
            if (t instanceof FailedToCreateRouteException && t.getMessage() != null
                    && t.getMessage().contains(DUPLICATE_IDS)) {
                return Optional.of(t.getMessage().substring(t.getMessage().indexOf(DUPLICATE_IDS))
                        + " A user route may not take the id of one of the application's routes (listed in "
                        + "docs/extending.md) or of another user route: give it an id of its own.");
            }
        }
        return Optional.empty();
    }
}
