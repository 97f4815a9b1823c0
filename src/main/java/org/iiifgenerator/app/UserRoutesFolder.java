package org.iiifgenerator.app;

import static org.iiifgenerator.config.SettingsRegistry.ROUTES_DIR;
import static org.iiifgenerator.config.SettingsRegistry.ROUTES_USER_PATTERN;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the user routes of {@code routes.dir} to the application's own, once the configuration is known and before
 * any route is loaded. Only {@code *.camel.yaml} files directly in the folder are loaded; a folder that does not
 * exist loads nothing (Camel's pattern would fail on it).
 */
final class UserRoutesFolder extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(UserRoutesFolder.class);

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        String folder = main.getCamelContext().getPropertiesComponent().resolveProperty(ROUTES_DIR).orElse("").strip();
        if (folder.isEmpty()) {
            return;
        }
        Path routes = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(routes)) {
            LOG.debug("No user routes: {} ({}) is not a folder", routes, ROUTES_DIR);
            return;
        }
        // camel.main.routes-include-pattern ends with this placeholder, resolved when the configuration is bound.
        main.getCamelContext().getPropertiesComponent()
                .addOverrideProperty(ROUTES_USER_PATTERN, ",file:" + routes + "/*.camel.yaml");
        LOG.info("User routes: {}/*.camel.yaml", routes);
    }
}
