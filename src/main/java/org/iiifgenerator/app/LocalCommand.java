package org.iiifgenerator.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.config.SettingsRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Publish a folder of images (and a metadata CSV) as static IIIF into a local folder.",
                "Exit code: 0 all published, 1 some images or objects failed or were left out (see "
                        + "its report in collection/reports/), "
                        + "2 invalid options or input, 3 the run broke off."})
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--images", required = true, paramLabel = "DIR",
            description = "Folder of images: each sub-folder is an object, each loose image file an object.")
    Path images;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Metadata CSV with an identifier column (optional).")
    Path csv;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() {
        Map<String, String> keys = publish.given().put(SettingsRegistry.IMAGES, images)
                .put(SettingsRegistry.CSV, csv).put(SettingsRegistry.OUTPUT, out).checked();
        return PipelineRunner.runLocal(keys).exitCode();
    }
}
