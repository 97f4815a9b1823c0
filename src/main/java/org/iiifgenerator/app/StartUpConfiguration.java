package org.iiifgenerator.app;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.vips.Vips;

/**
 * Checks the resources asked for and loads libvips. Camel Main calls every configure() after binding the beans of
 * all configuration classes and before the thread pools start, so a bad value is the user's to fix (exit code 2)
 * before the pools and libvips take it.
 */
public class StartUpConfiguration implements CamelConfiguration {

    @PropertyInject(value = SettingsRegistry.VIPS_CONCURRENCY, defaultValue = "0")
    private int vipsConcurrency;

    @Override
    public void configure(CamelContext camelContext) {
        JobFactory.checkResources(JobFactory.configuration(camelContext));
        Vips.init(vipsConcurrency);
    }
}
