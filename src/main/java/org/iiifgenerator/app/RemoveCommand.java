package org.iiifgenerator.app;

import java.util.HashMap;
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

    @Option(names = "--records", paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Where the collection's run records are kept (its provenance records go too): default "
                    + "<out>.records beside a local --out; for S3, s3://<task bucket>/records/<bucket>/<prefix> as "
                    + "its tasks keep them (the folder of the report their outcomes name), or the --out itself when "
                    + "they were published.")
    String records;

    @Parameters(paramLabel = "IDENTIFIER", arity = "1..*",
            description = "The objects to remove, by identifier (as index.jsonl lists them) or key.")
    List<String> identifiers;

    @Override
    public Integer call() {
        return PipelineRunner.withApplication(Map.of(), routes -> {
            Map<String, Object> headers = new HashMap<>();
            headers.put(ObjectRemoval.OUTPUT, out);
            headers.put(ObjectRemoval.RECORDS, records);
            CollectionSummary summary = routes.requestBodyAndHeaders("direct:remove-objects", identifiers, headers,
                    CollectionSummary.class);
            System.out.println("Removed " + identifiers.size() + "; the collection now has " + summary.members()
                    + " objects of " + summary.pages() + " pages");
            return ExitCodes.OK;
        }, PipelineRunner.Outcome::exitCode);
    }
}
