package org.iiifgenerator.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.intake.TaskFileRef;
import org.iiifgenerator.intake.TaskOutcome;
import org.iiifgenerator.intake.TaskSubmissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Check a task file here (its fields, and that its images, CSV and destination bucket "
                + "exist), upload it to the task bucket, where the trigger Lambda or the long-lived container "
                + "picks it up, and optionally wait for its outcome.",
                "Exit code: 0 uploaded (with --wait: published or submitted to AWS Batch), 1 the task failed or "
                        + "the wait ran out, 2 invalid task, 3 S3 could not be reached."})
public final class SubmitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TASK_FILE", description = "The task file (JSON, the format of the task bucket).")
    Path task;

    @Mixin
    TaskBucketOptions tasks;

    @Option(names = "--wait", paramLabel = "MINUTES", arity = "0..1", fallbackValue = "60",
            description = "Wait for the task's outcome (processed/ or failed/), at most MINUTES (default 60).")
    Long waitMinutes;

    @Override
    public Integer call() {
        Map<String, String> keys = new LinkedHashMap<>();
        tasks.put(keys);
        return PipelineRunner.withApplication(keys, routes -> {
            TaskFileRef uploaded = routes.requestBody("direct:submit", task.toString(), TaskFileRef.class);
            System.out.println("Uploaded " + task + " to " + uploaded);
            if (waitMinutes == null) {
                return ExitCodes.OK;
            }
            System.out.println("Waiting for its outcome (at most " + waitMinutes + " min)...");
            Optional<?> outcome = routes.requestBodyAndHeader("direct:await-task", uploaded,
                    TaskSubmissions.WAIT_SECONDS, waitMinutes * 60, Optional.class);
            if (outcome.isEmpty()) {
                System.out.println("No outcome yet: look for it in processed/ or failed/ beside the task later");
                return ExitCodes.FAILURES;
            }
            TaskOutcome done = (TaskOutcome) outcome.get();
            System.out.println(new String(IiifJson.write(done), StandardCharsets.UTF_8));
            return done.ok() ? ExitCodes.OK : ExitCodes.FAILURES;
        }, PipelineRunner.Outcome::exitCode);
    }
}
