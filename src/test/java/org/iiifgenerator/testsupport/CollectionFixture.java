package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A source collection with the cases users run into: natural page order, a multi-page TIFF, a PDF, an
 * identifier with a space and accents, a corrupt file, a zero-byte file, an object with one truncated page,
 * and a CSV with a BOM, upper-case headers, extra columns, a duplicate row and rows and objects that do not
 * match.
 */
public final class CollectionFixture {

    public static final String UNICODE_ID = "Pièce jointe 1";

    private CollectionFixture() {
    }

    /** @return the images folder; the CSV is {@code folder/metadata.csv} */
    public static Path write(Path folder) {
        Path images = folder.resolve("images");
        // Widths tell the pages apart: canvases must come out as p1, p2, p10.
        TestImages.image(images.resolve("letters/p10.jpg"), 320, 400);
        TestImages.image(images.resolve("letters/p2.jpg"), 310, 400);
        TestImages.image(images.resolve("letters/p1.jpg"), 300, 400);
        TestImages.multiPageTiff(images.resolve("atlas.tif"), 400, 300, 3);
        MinimalPdf.write(images.resolve("deck.pdf"), List.of(new int[] {200, 300}, new int[] {300, 120}),
                List.of(new float[] {1, 0, 0}, new float[] {0, 0, 1}));
        TestImages.image(images.resolve(UNICODE_ID + ".png"), 640, 480);
        TestImages.image(images.resolve("mixed/a.jpg"), 500, 500);
        TestImages.truncatedJpeg(images.resolve("mixed/b.jpg"), 800, 600);
        TestImages.notAnImage(images.resolve("broken.jpg"));
        TestImages.empty(images.resolve("empty.jpg"));
        writeCsv(folder.resolve("metadata.csv"), """
                IDENTIFIER,TITLE,Description,Creator,Subject,Rights
                letters,Three letters,"Pages p1, p2 and p10",A. Writer,Correspondence,http://creativecommons.org/publicdomain/zero/1.0/
                atlas,An atlas,Three pages in one TIFF,B. Maker,Maps,
                atlas,A duplicate row,Ignored,,,
                deck,A deck,Two PDF pages,,,
                Pièce jointe 1,Une pièce jointe,Accents and a space,,,
                ghost,No images,This row has no images,,,
                """);
        return images;
    }

    private static void writeCsv(Path file, String text) {
        try {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, content, 0, bom.length);
            System.arraycopy(body, 0, content, bom.length, body.length);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
