package org.iiifgenerator.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run one task of aws-batch-iiif-generator's format and exit: from --task, or from the "
                + "process environment as AWS Batch passes it (ACCESS_DIR, AWS_SRC_BUCKET, ...). A child of an "
                + "array job (AWS_BATCH_JOB_ARRAY_INDEX set) tiles its share of the collection and records it for "
                + "the finalize command.",
                "Exit code: 0 all published (a child: its share recorded), 1 some images or objects failed (see "
                        + "its report in collection/reports/), 2 invalid task, 3 the run broke off or S3 did not serve some "
                        + "images (worth retrying)."})
public final class BatchCommand implements Callable<Integer> {

    @Mixin
    TaskSourceOption source;

    @Override
    public Integer call() {
        return PipelineRunner.runTask(Map.of(), source.task).exitCode();
    }
}
