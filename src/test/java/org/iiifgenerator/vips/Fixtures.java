package org.iiifgenerator.vips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test images, made with the vips command-line tool so that the binding is checked against libvips itself. */
final class Fixtures {

    private Fixtures() {
    }

    /** Runs the vips CLI (or another libvips tool) and returns its standard output; fails the test on error. */
    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("%s%n%s", Arrays.toString(command), output).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 3-band noise image with independent bands, so that colour and compression are exercised. */
    static Path noiseRgb(Path dir, String name, int width, int height) {
        List<String> bands = new ArrayList<>();
        for (int band = 0; band < 3; band++) {
            Path noise = dir.resolve(name + "-noise" + band + ".v");
            Path eightBit = dir.resolve(name + "-band" + band + ".v");
            run("vips", "gaussnoise", noise.toString(), Integer.toString(width), Integer.toString(height));
            run("vips", "cast", noise.toString(), eightBit.toString(), "uchar");
            bands.add(eightBit.toString());
        }
        Path rgb = dir.resolve(name + "-rgb.v");
        run("vips", "bandjoin", String.join(" ", bands), rgb.toString());
        return rgb;
    }

    /** Converts with {@code vips copy}, the format and options given by the target name, e.g. "x.jpg[Q=90]". */
    static Path convert(Path source, Path dir, String targetWithOptions) {
        run("vips", "copy", source.toString(), dir.resolve(targetWithOptions).toString());
        return dir.resolve(targetWithOptions.replaceFirst("\\[.*]$", ""));
    }

    /** The band values of one pixel, read by the vips CLI. */
    static int[] pixel(Path image, int x, int y) {
        String output = run("vips", "getpoint", image.toString(), Integer.toString(x), Integer.toString(y));
        return Arrays.stream(output.trim().split("\\s+")).mapToInt(value -> (int) Double.parseDouble(value)).toArray();
    }

    /** The band values of one pixel of an image, saved first so the CLI can read it. */
    static int[] pixel(VipsImage image, Path dir, int x, int y) {
        try {
            Path saved = Files.createTempFile(dir, "pixels", ".v");
            image.save(saved, "");
            return pixel(saved, x, y);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One grey level per page, pages stacked top to bottom as libvips expects for multi-page saves. */
    static byte[] greyPages(int width, int pageHeight, int... levels) {
        byte[] pixels = new byte[width * pageHeight * levels.length];
        for (int page = 0; page < levels.length; page++) {
            Arrays.fill(pixels, page * width * pageHeight, (page + 1) * width * pageHeight, (byte) levels[page]);
        }
        return pixels;
    }

    /** A multi-page TIFF with one grey level per page. */
    static Path multiPageTiff(Path dir, String name, int width, int pageHeight, int... levels) {
        Path tiff = dir.resolve(name);
        try (VipsImage strip = Vips.fromPixels(greyPages(width, pageHeight, levels), width, pageHeight * levels.length, 1);
             VipsImage pages = strip.withIntField("page-height", pageHeight)) {
            pages.save(tiff, "");
        }
        return tiff;
    }

    /** A minimal PDF whose pages have the given sizes in points (1/72 inch), so the pixel size follows dpi. */
    static Path pdf(Path dir, String name, int[]... pageSizesInPoints) throws IOException {
        List<String> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int page = 0; page < pageSizesInPoints.length; page++) {
            kids.append(page + 3).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pageSizesInPoints.length + " >>");
        for (int[] size : pageSizesInPoints) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + size[0] + " " + size[1] + "] >>");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return Files.writeString(dir.resolve(name), pdf, StandardCharsets.US_ASCII);
    }
}
