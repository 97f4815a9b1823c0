package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.SampleTiff;
import org.iiifgenerator.testsupport.SampleTiff.SampleFormat;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planar float64 multi-page RGB TIFF, as scikit-image writes its {@code multipage_rgb.tif}, is published page by
 * page with the pixels the same data in float32 gets; a float64 TIFF stored in a way this tool does not read fails
 * alone, with a reason naming it.
 */
class Float64TiffTest {

    private static final int WIDTH = 90;
    private static final int HEIGHT = 60;

    @TempDir
    Path dir;

    @Test
    void aPlanarFloat64MultiPageTiffIsPublishedAsItsFloat32TwinAndAnUnreadableOneFailsAlone() throws IOException {
        Path images = dir.resolve("images");
        SampleTiff.write(images.resolve("planar64.tif"), WIDTH, HEIGHT, 2, 3, 64, SampleFormat.FLOAT, true,
                Float64TiffTest::linearLight);
        SampleTiff.write(images.resolve("planar32.tif"), WIDTH, HEIGHT, 2, 3, 32, SampleFormat.FLOAT, true,
                Float64TiffTest::linearLight);
        Path lzw = images.resolve("lzw64.tif");
        VipsCli.run("vips", "cast", images.resolve("planar32.tif").toString(), lzw + "[compression=lzw]", "double");
        Path out = dir.resolve("out");

        int exit = IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out",
                out.toString(), "--tile-size", "128");

        assertThat(exit).isEqualTo(ExitCodes.FAILURES);
        PresentationSchema.assertOutputValid(out);
        assertThat(PresentationSchema.assertValid(out.resolve("planar64/manifest.json")).path("items")).hasSize(2);
        for (int page = 1; page <= 2; page++) {
            Path float64 = out.resolve("tiles/planar64-" + page + "/full/max/0/default.jpg");
            Path float32 = out.resolve("tiles/planar32-" + page + "/full/max/0/default.jpg");
            assertThat(VipsCli.maxAbsoluteDifference(float64, float32)).as("page %d: largest difference to float32, "
                    + "in levels", page).isLessThanOrEqualTo(1);
        }
        assertThat(failedPages(out)).containsExactly("lzw64.tif: open: a TIFF of 64-bit samples compressed with "
                + "method 5 cannot be read (64-bit samples are read uncompressed or deflate-compressed, with or "
                + "without a predictor, in strips or tiles, as RGB(A) or grey(+alpha); or save it with 32-bit float "
                + "samples)");
        assertThat(out.resolve("tiles/lzw64-1/info.json")).doesNotExist();
    }

    /** Red across, green down, linear light 0 to 1; blue differs by page. */
    private static double linearLight(int page, int x, int y, int band) {
        return switch (band) {
            case 0 -> x / (WIDTH - 1.0);
            case 1 -> y / (HEIGHT - 1.0);
            default -> page == 0 ? 0.1 : 0.9;
        };
    }

    /** The failed pages in the run's report: the name of each one's file, and its reason. */
    private static List<String> failedPages(Path out) throws IOException {
        JsonNode report = Json.parse(RunReports.read(out));
        List<String> reasons = new ArrayList<>();
        for (JsonNode image : report.path("images")) {
            if ("failed".equals(image.path("status").asText())) {
                reasons.add(Path.of(image.path("source").asText()).getFileName() + ": " + image.path("error").asText());
            }
        }
        return reasons;
    }
}
