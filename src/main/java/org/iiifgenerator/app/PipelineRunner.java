package org.iiifgenerator.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.pipeline.Run;
import org.iiifgenerator.pipeline.RunInterruptedException;
import org.iiifgenerator.pipeline.RunStop;
import org.iiifgenerator.pipeline.ShardRecords;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.storage.StorageUnavailableException;
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

    /** One local job, configured by application.properties, environment and {@code overrides}. */
    public static Outcome runLocal(Map<String, String> overrides) {
        return runOnce(overrides, "direct:local", null);
    }

    /**
     * One task, from a task file (path or s3:// URI) or, when {@code task} is null, the process environment. In
     * a child of an array job, only its share; its failures are then the finalize job's to report, so the child
     * succeeds once its share is recorded (AWS Batch would otherwise not start the finalize job at all).
     */
    public static Outcome runTask(Map<String, String> overrides, String task) {
        return runOnce(overrides, "direct:batch", task);
    }

    /** The finalize job of an array job: the shards' records merged and published as one collection. */
    public static Outcome finalizeTask(Map<String, String> overrides, String task) {
        return runOnce(overrides, "direct:finalize", task);
    }

    /**
     * The long-lived container: runs until the JVM is asked to stop (SIGTERM, Ctrl-C). It refuses to start idle:
     * at least one of {@code sourceKeys} (where tasks come from) must be configured.
     */
    public static int serve(Map<String, String> overrides, List<String> sourceKeys, String whenNone) {
        Main main = application(overrides);
        // Checked once configured, before anything starts; run() starts the application exactly once.
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                if (sourceKeys.stream().allMatch(key -> configured.getCamelContext().getPropertiesComponent()
                        .resolveProperty(key).filter(value -> !value.isBlank()).isEmpty())) {
                    throw new Settings.SettingException(sourceKeys.getLast(), "is not set. " + whenNone);
                }
            }
        });
        // On SIGTERM the task in progress ends interrupted and stays pending, and Camel stops taking new ones.
        try (StopSignals signals = StopSignals.install(main::completed)) {
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    signals.attach(runStop(started.getCamelContext()));
                }
            });
            main.run();
            return ExitCodes.OK;
        } catch (Exception e) {
            return failed(e).exitCode();
        }
    }

    static Main application(Map<String, String> overrides) {
        Main main = new Main();
        BeanConfigurations.addTo(main.configure());
        main.addMainListener(new UserRoutesFolder());
        overrides.forEach(main::addOverrideProperty);
        return main;
    }

    /** SIGTERM and Ctrl-C stop the run (see StopSignals): it ends interrupted, with exit code 3. */
    private static Outcome runOnce(Map<String, String> overrides, String endpoint, String body) {
        try (StopSignals signals = StopSignals.install(() -> { })) {
            return withApplication(overrides, template -> {
                signals.attach(runStop(template.getCamelContext()));
                return send(template, endpoint, body);
            }, outcome -> outcome);
        }
    }

    private static RunStop runStop(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("runStop", RunStop.class);
    }

    private static Outcome send(ProducerTemplate template, String endpoint, String body) {
        Exchange exchange = template.send(endpoint, e -> e.getMessage().setBody(body));
        if (exchange.getException() != null) {
            return failed(exchange.getException());
        }
        RunReport report = exchange.getMessage().getBody(RunReport.class);
        Run run = exchange.getProperty(Run.PROPERTY, Run.class);
        boolean partial = run != null && !run.job().share().isAll();
        return new Outcome(report, report.hasFailures() && !partial ? failures(run) : ExitCodes.OK);
    }

    /**
     * A run whose failures include images the storage could not serve is worth another try, which keeps what
     * this one published; other failures (a corrupt image) would only happen again.
     */
    private static int failures(Run run) {
        if (run != null && run.storageWasUnavailable()) {
            LOG.error("Some images were not published because S3 did not serve them (see the report): exit code "
                    + "{} has the job tried again, which keeps what is published", ExitCodes.BROKEN);
            return ExitCodes.BROKEN;
        }
        return ExitCodes.FAILURES;
    }

    /** What is done with the started application; a failure it throws becomes an exit code. */
    interface Session<T> {
        T with(ProducerTemplate routes) throws Exception;
    }

    /** Starts the application, runs {@code session} against its routes, stops it. */
    static <T> T withApplication(Map<String, String> overrides, Session<T> session, Function<Outcome, T> onFailure) {
        Main main = application(overrides);
        try {
            main.start();
            return session.with(main.getCamelTemplate());
        } catch (Exception e) {
            return onFailure.apply(failed(e));
        } finally {
            stopQuietly(main);
        }
    }

    /**
     * An unavailable storage comes first: a job that failed to start because S3 did not answer is not invalid, and
     * AWS Batch tries it again only on exit code {@link ExitCodes#BROKEN}.
     */
    private static Outcome failed(Exception e) {
        Throwable cause = e instanceof CamelExecutionException && e.getCause() != null ? e.getCause() : e;
        Optional<StorageUnavailableException> unavailable = StorageUnavailableException.in(cause);
        if (unavailable.isPresent()) {
            // The message says what did not answer; the trace is for --verbose (or a finer log level).
            LOG.error("The run broke off: {}", unavailable.get().getMessage());
            LOG.debug("Where it broke off", cause);
            return new Outcome(null, ExitCodes.BROKEN);
        }
        Optional<String> routeFile = RouteFileProblem.in(cause);
        if (routeFile.isPresent()) {
            LOG.error(routeFile.get());
            return new Outcome(null, ExitCodes.INVALID);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidJobException invalid) {
                // A line per problem: the text log writes each event on one line, its line breaks escaped.
                invalid.problems().forEach(problem -> LOG.error("The job cannot start: {}", problem));
                return new Outcome(null, ExitCodes.INVALID);
            }
            if (t instanceof Settings.SettingException || t instanceof AwsClients.UnknownRegionException) {
                LOG.error(t.getMessage());
                return new Outcome(null, ExitCodes.INVALID);
            }
            if (t instanceof RunInterruptedException) {
                LOG.warn(t.getMessage());
                return new Outcome(null, ExitCodes.BROKEN);
            }
            if (t instanceof ShardRecords.IncompleteShardsException) {
                LOG.error(t.getMessage());
                return new Outcome(null, ExitCodes.FAILURES);
            }
        }
        LOG.error("The run broke off: {}", cause.getMessage(), cause);
        return new Outcome(null, ExitCodes.BROKEN);
    }

    private static void stopQuietly(Main main) {
        try {
            main.stop();
        } catch (Exception e) {
            LOG.warn("Stopping Camel: {}", e.getMessage());
        }
    }
}
