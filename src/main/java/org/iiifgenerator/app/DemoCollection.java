package org.iiifgenerator.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsImage;

/**
 * A small sample collection made with libvips from computed pictures, showing the conventions: a folder
 * object whose pages sort naturally (p2 before p10), a large zoomable loose image, a multi-page TIFF, an image
 * without a CSV row and a CSV row without images (both reported as warnings), extra CSV columns, and every column
 * that structures a manifest: behavior, viewingDirection, links, canvas labels and a table of contents.
 */
final class DemoCollection {

    record Sources(Path images, Path csv) {
    }

    // Every column docs/input.md documents: page rows (a page cell) label canvases and make the table of contents.
    private static final String CSV = """
            identifier,page,title,description,creator,date,subject,rights,navDate,behavior,viewingDirection,\
            homepage,seeAlso,rendering
            atlas,,A three-page atlas,"A multi-page TIFF: one file, three canvases, read right to left.",\
            iiif-generator,2024,Maps,http://rightsstatements.org/vocab/NoC-US/1.0/,2024-05,paged,right-to-left,,,
            atlas,1,Title page,,,,,,,,,,,
            atlas,1-3,Maps,,,,,,,,,,,
            atlas,2-3,Western sheets,,,,,,,,,,,
            letters,,Three letters,"A folder object: its pages p1, p2 and p10 are shown in natural order.",\
            iiif-generator,2024,Correspondence,http://creativecommons.org/publicdomain/zero/1.0/,2024-03-01,\
            individuals,left-to-right,https://example.org/catalogue/letters,https://example.org/catalogue/letters.xml,\
            https://example.org/downloads/letters.pdf
            letters,1,"Letter of 3 March",,,,,,,,,,,
            letters,p2.png,"Letter of 9 March",,,,,,,,,,,
            letters,3,"Letter of 30 March",,,,,,,,,,,
            letters,1-2,Early March,,,,,,,,,,,
            letters,3-3,Late March,,,,,,,,,,,
            mandelbrot,,The Mandelbrot set,A large single image to zoom into.,iiif-generator,2024,Mathematics,\
            http://creativecommons.org/licenses/by/4.0/,2024,,,https://example.org/catalogue/mandelbrot,,\
            https://example.org/downloads/mandelbrot.tif
            lost-volume,,A volume without images,"This row has no images, so the run reports a warning.",,,,,,,,,,
            """;

    private DemoCollection() {
    }

    static Sources write(Path folder) throws IOException {
        Path images = folder.resolve("images");
        Files.createDirectories(images.resolve("letters"));
        Vips.init(0);
        for (int page : new int[] {1, 2, 10}) {
            save(rings(1200, 1600, page), images.resolve("letters").resolve("p" + page + ".png"));
        }
        save(mandelbrot(4000, 3000), images.resolve("mandelbrot.jpg"));
        saveMultiPage(images.resolve("atlas.tif"), 1500, 1000, 3);
        save(rings(2000, 1200, 7), images.resolve("untitled-sketch.jpg"));
        Path csv = folder.resolve("metadata.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        return new Sources(images, csv);
    }

    private static void save(Picture picture, Path file) {
        try (VipsImage image = Vips.fromPixels(picture.rgb(), picture.width(), picture.height(), 3)) {
            image.save(file, file.toString().endsWith(".jpg") ? "[Q=90]" : "");
        }
    }

    private static void saveMultiPage(Path file, int width, int height, int pages) {
        byte[] stacked = new byte[width * height * 3 * pages];
        for (int page = 0; page < pages; page++) {
            byte[] rgb = rings(width, height, 3 + page * 4).rgb();
            System.arraycopy(rgb, 0, stacked, page * rgb.length, rgb.length);
        }
        try (VipsImage image = Vips.fromPixels(stacked, width, height * pages, 3);
             VipsImage paged = image.withIntField("page-height", height)) {
            paged.save(file, "[compression=jpeg,Q=90]");
        }
    }

    private record Picture(int width, int height, byte[] rgb) {
    }

    /** Concentric colour rings whose spacing and hue depend on {@code seed}: each page looks different. */
    private static Picture rings(int width, int height, int seed) {
        byte[] rgb = new byte[width * height * 3];
        double frequency = 0.01 + seed * 0.004;
        IntStream.range(0, height).parallel().forEach(y -> {
            for (int x = 0; x < width; x++) {
                double r = Math.hypot(x - width / 2.0, y - height / 2.0);
                double wave = 0.5 + 0.5 * Math.sin(r * frequency);
                int i = (y * width + x) * 3;
                rgb[i] = (byte) (255 * wave);
                rgb[i + 1] = (byte) (255 * (0.5 + 0.5 * Math.sin(seed + x * 0.005)));
                rgb[i + 2] = (byte) (255 * (1 - wave));
            }
        });
        return new Picture(width, height, rgb);
    }

    /** The Mandelbrot set, coloured by escape time: detail at every zoom level. */
    private static Picture mandelbrot(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        int limit = 96;
        IntStream.range(0, height).parallel().forEach(y -> {
            for (int x = 0; x < width; x++) {
                double cr = -2.2 + 3.2 * x / width;
                double ci = -1.2 + 2.4 * y / height;
                double zr = 0;
                double zi = 0;
                int n = 0;
                while (n < limit && zr * zr + zi * zi < 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    n++;
                }
                double v = n == limit ? 0 : (double) n / limit;
                int i = (y * width + x) * 3;
                rgb[i] = (byte) (255 * Math.sqrt(v));
                rgb[i + 1] = (byte) (255 * v * v);
                rgb[i + 2] = (byte) (255 * Math.min(1, v * 3));
            }
        });
        return new Picture(width, height, rgb);
    }
}
