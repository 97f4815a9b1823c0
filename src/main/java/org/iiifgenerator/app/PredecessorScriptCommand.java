package org.iiifgenerator.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The command of aws-batch-iiif-generator's task files, {@code "command": "./createiiif.sh"}, which its Lambda
 * submits as the container's command: run here as {@code batch}, the task from the environment, so a deployment
 * of the seed runs unchanged when only the image is swapped. The seed's script read everything from the
 * environment too; arguments after it are ignored, and named in a warning.
 */
@Command(name = "createiiif.sh", aliases = {"./createiiif.sh", "/usr/local/iiif/createiiif.sh"}, hidden = true,
        description = "aws-batch-iiif-generator's job command: the same as batch (the task from the environment).")
public final class PredecessorScriptCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PredecessorScriptCommand.class);

    @Unmatched
    List<String> ignored = new ArrayList<>();

    @Override
    public Integer call() {
        if (!ignored.isEmpty()) {
            LOG.warn("createiiif.sh runs the task of the environment, as batch does; its arguments {} are ignored",
                    ignored);
        }
        return PipelineRunner.runTask(Map.of(), null).exitCode();
    }
}
