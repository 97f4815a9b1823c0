package org.iiifgenerator.app;

import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.main.Main;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.task.InvalidJobException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Camel application with configuration overrides, runs the configured job through it, stops. */
public final class PipelineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    /** What a run ended with: its report when it got as far as publishing, and the exit code. */
    public record Outcome(RunReport report, int exitCode) {
    }

    private PipelineRunner() {
    }

    public static Outcome runLocal(Map<String, String> overrides) {
        Main main = new Main();
        main.configure().addConfiguration(PipelineBeans.class);
        overrides.forEach(main::addOverrideProperty);
        try {
            main.start();
            RunReport report = main.getCamelTemplate().requestBody("direct:local", null, RunReport.class);
            return new Outcome(report, report.hasFailures() ? ExitCodes.FAILURES : ExitCodes.OK);
        } catch (Exception e) {
            return failed(e);
        } finally {
            stopQuietly(main);
        }
    }

    private static Outcome failed(Exception e) {
        Throwable cause = e instanceof CamelExecutionException && e.getCause() != null ? e.getCause() : e;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidJobException || t instanceof Settings.SettingException) {
                LOG.error(t.getMessage());
                return new Outcome(null, ExitCodes.INVALID);
            }
        }
        LOG.error("The run failed: {}", cause.getMessage(), cause);
        return new Outcome(null, ExitCodes.FAILURES);
    }

    private static void stopQuietly(Main main) {
        try {
            main.stop();
        } catch (Exception e) {
            LOG.warn("Stopping Camel: {}", e.getMessage());
        }
    }
}
