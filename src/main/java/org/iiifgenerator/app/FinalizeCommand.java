package org.iiifgenerator.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "finalize", mixinStandardHelpOptions = true,
        description = {"Finish a task run as an AWS Batch array job, after all its children: merge what each shard "
                + "published (collection/shards/) into the collection, index.jsonl and one report, and write the "
                + "manifests of objects split across shards. The task comes from --task or the environment, as "
                + "for batch.",
                "Exit code: 0 all published, 1 a shard's record is missing or some images or objects failed (see "
                        + "its report in collection/reports/), 2 invalid task, 3 the run broke off (worth retrying)."})
public final class FinalizeCommand implements Callable<Integer> {

    @Mixin
    TaskSourceOption source;

    @Override
    public Integer call() {
        return PipelineRunner.finalizeTask(Map.of(), source.task).exitCode();
    }
}
