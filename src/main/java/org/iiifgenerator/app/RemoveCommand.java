package org.iiifgenerator.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.members.CollectionSummary;
import org.iiifgenerator.members.ObjectRemoval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Take objects out of a published collection: the collection, its search index and summary are "
                + "rebuilt without them, then their manifests, image services and provenance records are deleted. "
                + "Nothing else is touched; their source images stay where they are (run their task again without "
                + "them, or they come back).",
                "Exit code: 0 removed, 2 no collection there or no such object (nothing removed), 3 S3 could not be "
                        + "reached."})
public final class RemoveCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Where the collection is published: the --out of local, or a task's destination "
                    + "(s3://AWS_DEST_BUCKET/DEST_PREFIX).")
    String out;

    @Parameters(paramLabel = "IDENTIFIER", arity = "1..*",
            description = "The objects to remove, by identifier (as index.jsonl lists them) or key.")
    List<String> identifiers;

    @Override
    public Integer call() {
        return PipelineRunner.withApplication(Map.of(), routes -> {
            CollectionSummary summary = routes.requestBodyAndHeader("direct:remove-objects", identifiers,
                    ObjectRemoval.OUTPUT, out, CollectionSummary.class);
            System.out.println("Removed " + identifiers.size() + "; the collection now has " + summary.members()
                    + " objects of " + summary.pages() + " pages");
            return ExitCodes.OK;
        }, PipelineRunner.Outcome::exitCode);
    }
}
