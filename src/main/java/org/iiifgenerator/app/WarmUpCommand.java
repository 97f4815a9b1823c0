package org.iiifgenerator.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.storage.LocalFolders;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;
import picocli.CommandLine.Command;

/**
 * Publishes a tiny generated collection into a temporary folder and deletes it: the launcher runs this once
 * with the JVM recording an ahead-of-time cache of everything a real run loads, which halves start-up.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise a complete run once (used to build the start-up cache).")
public final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("iiif-generator-warm-up");
        try {
            Path images = Files.createDirectories(work.resolve("images"));
            Vips.init(0);
            try (VipsImage image = Vips.fromPixels(new byte[600 * 400 * 3], 600, 400, 3)) {
                image.save(images.resolve("warm-up.jpg"), "");
            }
            // Only the application's own routes: the cache must not depend on the user routes where it is made.
            return PipelineRunner.runLocal(Map.of(SettingsRegistry.IMAGES, images.toString(),
                    SettingsRegistry.OUTPUT, work.resolve("output").toString(),
                    SettingsRegistry.ROUTES_DIR, work.resolve("no-user-routes").toString())).exitCode();
        } finally {
            LocalFolders.deleteRecursively(work);
        }
    }
}
