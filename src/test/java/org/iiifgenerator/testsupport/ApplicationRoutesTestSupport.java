package org.iiifgenerator.testsupport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.iiifgenerator.app.BeanConfigurations;

/** The application's routes as the long-lived container runs them, against test servers. */
public abstract class ApplicationRoutesTestSupport extends CamelMainTestSupport {

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        BeanConfigurations.addTo(configuration);
    }

    /** Listening for tasks, with S3 at {@code s3Endpoint}; subclasses add where tasks come from. */
    public static Properties intakeProperties(URI s3Endpoint, String region, Path workFolder) {
        Properties properties = new Properties();
        properties.put("intake.enabled", "true");
        properties.put("aws.endpoint", s3Endpoint.toString());
        properties.put("aws.path-style", "true");
        properties.put("aws.region", region);
        properties.put("pipeline.work-dir", workFolder.toString());
        // Health and metrics on any free port: several containers may run at once, and 8080 may be taken.
        properties.put("observe.port", "0");
        return properties;
    }

    /** Listening for tasks, polling the bucket "tasks" of {@code s3} often, so that tests need not wait. */
    public static Properties taskBucketProperties(S3ProxyServer s3, Path workFolder) {
        Properties properties = intakeProperties(s3.endpoint(), S3ProxyServer.REGION, workFolder);
        properties.put("tasks.bucket", s3.bucket("tasks"));
        properties.put("tasks.poll-delay-ms", "200");
        return properties;
    }
}
