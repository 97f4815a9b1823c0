package org.iiifgenerator.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run one task of aws-batch-iiif-generator's format and exit: from --task, or from the "
                + "process environment as AWS Batch passes it (ACCESS_DIR, AWS_SRC_BUCKET, ...).",
                "Exit code: 0 all published, 1 some images or objects failed (see collection/report.json), "
                        + "2 invalid task."})
public final class BatchCommand implements Callable<Integer> {

    @Option(names = "--task", paramLabel = "FILE|s3://BUCKET/KEY",
            description = "The task file; without it the task is read from the environment variables.")
    String task;

    @Override
    public Integer call() {
        return PipelineRunner.runTask(Map.of(), task).exitCode();
    }
}
