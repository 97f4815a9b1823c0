package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimalPdfTest {

    private static final List<int[]> SIZES = List.of(new int[] {200, 100}, new int[] {150, 300}, new int[] {40, 60});
    private static final List<float[]> FILLS = List.of(new float[] {1, 0, 0}, new float[] {0, 0.5f, 1}, new float[] {0.2f, 0.8f, 0.2f});

    @TempDir
    Path dir;

    @Test
    void xrefTablePointsAtEachObject() throws IOException {
        Path pdf = dir.resolve("three-pages.pdf");
        MinimalPdf.write(pdf, SIZES, FILLS);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);

        int xref = Integer.parseInt(lastMatch(text, "startxref\n(\\d+)\n%%EOF\n$"));
        assertThat(text.substring(xref)).startsWith("xref\n0 9\n0000000000 65535 f \n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
        int objectNumber = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(text.substring(offset)).startsWith(objectNumber + " 0 obj\n");
            objectNumber++;
        }
        assertThat(objectNumber - 1).isEqualTo(2 + 2 * SIZES.size());
    }

    @Test
    void vipsCountsThePages() throws IOException, InterruptedException {
        assumeVipsInstalled();
        Path pdf = dir.resolve("three-pages.pdf");
        MinimalPdf.write(pdf, SIZES, FILLS);

        assertThat(run("vipsheader", "-f", "n-pages", pdf.toString())).isEqualTo("3");
    }

    @Test
    void vipsRendersEachPageAtItsSizeInPointsAndInItsColour() throws IOException, InterruptedException {
        assumeVipsInstalled();
        Path pdf = dir.resolve("three-pages.pdf");
        MinimalPdf.write(pdf, SIZES, FILLS);

        for (int page = 0; page < SIZES.size(); page++) {
            Path png = dir.resolve("page-" + page + ".png");
            // vips renders PDFs at 72 dpi by default, so one pixel per point.
            run("vips", "copy", pdf + "[page=" + page + "]", png.toString());

            assertThat(run("vipsheader", "-f", "width", png.toString())).isEqualTo(String.valueOf(SIZES.get(page)[0]));
            assertThat(run("vipsheader", "-f", "height", png.toString())).isEqualTo(String.valueOf(SIZES.get(page)[1]));
            double[] pixel = Arrays.stream(run("vips", "getpoint", png.toString(), "5", "5").split("\\s+"))
                    .mapToDouble(Double::parseDouble).toArray();
            for (int band = 0; band < 3; band++) {
                assertThat(pixel[band]).as("page %d band %d", page, band)
                        .isCloseTo(FILLS.get(page)[band] * 255, within(2.0));
            }
        }
    }

    private static String lastMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("pattern %s", regex).isTrue();
        return matcher.group(1);
    }

    private static void assumeVipsInstalled() {
        boolean installed;
        try {
            installed = new ProcessBuilder("vips", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            installed = false;
        }
        assumeTrue(installed, "the vips command line tools are not installed");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(process.exitValue()).as("%s exit status; output: %s", List.of(command), output).isZero();
        return output;
    }
}
