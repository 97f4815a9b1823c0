package org.iiifgenerator.app;

import picocli.CommandLine.Option;

/** Where a one-shot command reads its task: shared by batch and finalize, which must read the same task. */
public final class TaskSourceOption {

    @Option(names = "--task", paramLabel = "FILE|s3://BUCKET/KEY",
            description = "The task file; without it the task is read from the environment variables.")
    String task;
}
