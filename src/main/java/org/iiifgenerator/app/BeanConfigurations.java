package org.iiifgenerator.app;

import java.util.List;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.main.MainConfigurationProperties;

/**
 * The configuration classes that bind the beans the YAML routes call, by the names the routes use. Camel Main
 * binds them in this order, so a bean method may take the beans of an area above it as parameters (storages
 * first); then it calls their configure() in the same order, the start-up checks first.
 */
public final class BeanConfigurations {

    public static final List<Class<? extends CamelConfiguration>> ALL = List.of(StartUpConfiguration.class,
            AwsConfiguration.class, TaskIntakeConfiguration.class, DispatchConfiguration.class,
            PipelineStepsConfiguration.class);

    private BeanConfigurations() {
    }

    public static void addTo(MainConfigurationProperties configuration) {
        ALL.forEach(configuration::addConfiguration);
    }
}
