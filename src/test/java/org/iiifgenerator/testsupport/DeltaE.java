package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How far apart two images' colours are, as CIE 1976 ΔE in CIELAB (1 is about the smallest difference an eye
 * sees side by side; JPEG at quality 85 alone costs 1.5 to 2.7 on photographs): both images are converted to
 * CIELAB by the vips command line (sRGB or grey in, D65), compared pixel by pixel, and summed up.
 */
public record DeltaE(double mean, double max) {

    public static DeltaE between(Path image, Path reference) {
        Path work = image.resolveSibling(image.getFileName() + "-de76");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String difference = work.resolve("de76.v").toString();
        VipsCli.run("vips", "dE76", image.toString(), reference.toString(), difference);
        return new DeltaE(Double.parseDouble(VipsCli.run("vips", "avg", difference).strip()),
                Double.parseDouble(VipsCli.run("vips", "max", difference).strip()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "mean %.2f, max %.1f", mean, max);
    }
}
