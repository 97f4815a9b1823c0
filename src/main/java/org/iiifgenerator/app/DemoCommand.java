package org.iiifgenerator.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.task.JobFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a small sample collection (a few objects, one multi-page, a CSV with extra "
                + "columns), publish it, and print how to look at it."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "iiif-demo",
            description = "Folder for the demo: source/ (images and CSV) and output/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() throws IOException {
        Path source = out.resolve("source");
        Path output = out.resolve("output");
        DemoCollection.Sources files = DemoCollection.write(source);
        Map<String, String> keys = publish.overrides();
        PublishOptions.put(keys, JobFactory.IMAGES, files.images());
        PublishOptions.put(keys, JobFactory.CSV, files.csv());
        PublishOptions.put(keys, JobFactory.OUTPUT, output);
        keys.putIfAbsent(JobFactory.COLLECTION_LABEL, "iiif-generator demo collection");
        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(keys);
        if (outcome.report() != null) {
            printHowToLook(System.out, output, outcome.report().document().settings().get("baseUrl").toString());
        }
        return outcome.exitCode();
    }

    private static void printHowToLook(PrintStream out, Path output, String baseUrl) {
        String collection = baseUrl + "/" + OutputLayout.COLLECTION_KEY;
        out.println();
        out.println("Demo collection published to " + output.toAbsolutePath());
        out.println("Its ids start with " + baseUrl + ", so serve that folder there, with CORS, for example:");
        out.println("  npx http-server " + output.toAbsolutePath() + " -p " + portOf(baseUrl) + " --cors");
        out.println("Then open the collection in any IIIF viewer (Mirador, Universal Viewer, Theseus):");
        out.println("  " + collection);
        out.println("What the run did, image by image: " + output.toAbsolutePath().resolve(OutputLayout.REPORT_KEY));
    }

    private static int portOf(String baseUrl) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
