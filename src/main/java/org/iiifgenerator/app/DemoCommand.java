package org.iiifgenerator.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a small sample collection (a few objects, one multi-page, a CSV with extra "
                + "columns), publish it, and print how to look at it (iiif-generator serve)."})
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
        Map<String, String> keys = publish.given().put(SettingsRegistry.OUTPUT, output).checked();
        DemoCollection.Sources files = DemoCollection.write(source);
        keys.put(SettingsRegistry.IMAGES, files.images().toString());
        keys.put(SettingsRegistry.CSV, files.csv().toString());
        keys.putIfAbsent(SettingsRegistry.COLLECTION_LABEL, "iiif-generator demo collection");
        keys.putIfAbsent(SettingsRegistry.PROVIDER_LABEL, "Example Library");
        keys.putIfAbsent(SettingsRegistry.PROVIDER_HOMEPAGE, "https://example.org/library");
        PipelineRunner.Outcome outcome = PipelineRunner.runLocal(keys);
        if (outcome.report() != null) {
            printHowToLook(System.out, output, outcome.report().document().settings().get("baseUrl").toString());
        }
        return outcome.exitCode();
    }

    static void printHowToLook(PrintStream out, Path output, String baseUrl) {
        Path folder = output.toAbsolutePath();
        out.println();
        out.println("Demo collection published to " + folder);
        URI base = URI.create(baseUrl);
        if (servedByPreview(base)) {
            String port = String.valueOf(base.getPort() > 0 ? base.getPort() : 80);
            out.println("Look at it in the bundled viewers (OpenSeadragon, Mirador): serve it at " + baseUrl + " with");
            String portOption = port.equals(ServeCommand.DEFAULT_PORT) ? "" : " --port " + port;
            out.println("  iiif-generator serve " + folder + portOption);
            out.println("and open " + baseUrl + PreviewServer.VIEWER_PATH);
        } else {
            out.println("Its ids start with " + baseUrl + ": viewers load it from there once it is published there. "
                    + "To look at it on this machine, run the demo with --base-url http://localhost:8000, then "
                    + "iiif-generator serve " + folder);
        }
        out.println("The collection, for any IIIF viewer: " + baseUrl + "/" + OutputLayout.COLLECTION_KEY);
        out.println("What each run did, image by image (kept private, beside the output): " + RecordsLocation
                .beside(Location.local(folder)).localPath().resolve(OutputLayout.REPORTS_FOLDER));
    }

    /** Whether {@code serve} on this machine answers the URLs of a collection published for {@code base}. */
    private static boolean servedByPreview(URI base) {
        boolean localHost = "localhost".equals(base.getHost()) || "127.0.0.1".equals(base.getHost());
        boolean atRoot = base.getPath().isEmpty() || base.getPath().equals("/");
        return "http".equals(base.getScheme()) && localHost && atRoot;
    }
}
