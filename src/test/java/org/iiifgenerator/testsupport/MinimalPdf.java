package org.iiifgenerator.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes tiny, valid PDFs for tests: each page is a single rectangle of one RGB colour covering the whole page.
 *
 * <p>Hand-written so tests need no PDF library, and solid colours make rendered pages easy to check pixel-wise.
 */
public final class MinimalPdf {

    private MinimalPdf() {
    }

    /**
     * @param pageSizesInPoints one {@code {width, height}} per page, in PDF points (1/72 inch)
     * @param pageRgbFill       one {@code {r, g, b}} per page, each component 0..1
     */
    public static void write(Path file, List<int[]> pageSizesInPoints, List<float[]> pageRgbFill) {
        validate(pageSizesInPoints, pageRgbFill);
        try {
            Files.write(file, render(pageSizesInPoints, pageRgbFill));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(List<int[]> sizes, List<float[]> fills) {
        if (sizes.isEmpty() || sizes.size() != fills.size()) {
            throw new IllegalArgumentException("need at least one page and exactly one fill colour per page size");
        }
        for (int[] size : sizes) {
            if (size.length != 2 || size[0] <= 0 || size[1] <= 0) {
                throw new IllegalArgumentException("a page size is {width, height} in positive points");
            }
        }
        for (float[] rgb : fills) {
            if (rgb.length != 3) {
                throw new IllegalArgumentException("a fill colour is {r, g, b}");
            }
        }
    }

    /**
     * Object layout: 1 catalog, 2 page tree, then per page i a page object (3 + 2i) followed by its content stream
     * (4 + 2i). The xref table must list every object's exact byte offset, hence the byte counting writer.
     */
    private static byte[] render(List<int[]> sizes, List<float[]> fills) {
        PdfBytes pdf = new PdfBytes();
        // The binary comment line tells transfer tools to treat the file as binary.
        pdf.append("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();

        offsets.add(pdf.size());
        pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");

        StringBuilder kids = new StringBuilder();
        for (int page = 0; page < sizes.size(); page++) {
            kids.append(pageObjectNumber(page)).append(" 0 R ");
        }
        offsets.add(pdf.size());
        pdf.append("2 0 obj\n<< /Type /Pages /Kids [ " + kids + "] /Count " + sizes.size() + " >>\nendobj\n");

        for (int page = 0; page < sizes.size(); page++) {
            int width = sizes.get(page)[0];
            int height = sizes.get(page)[1];
            float[] rgb = fills.get(page);
            int pageObject = pageObjectNumber(page);

            offsets.add(pdf.size());
            pdf.append(pageObject + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height
                    + "] /Resources << >> /Contents " + (pageObject + 1) + " 0 R >>\nendobj\n");

            String content = String.format(Locale.ROOT, "%.4f %.4f %.4f rg 0 0 %d %d re f\n",
                    rgb[0], rgb[1], rgb[2], width, height);
            offsets.add(pdf.size());
            pdf.append((pageObject + 1) + " 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content
                    + "endstream\nendobj\n");
        }

        int xrefOffset = pdf.size();
        pdf.append("xref\n0 " + (offsets.size() + 1) + "\n");
        // Each xref entry must be exactly 20 bytes, including the space before the LF.
        pdf.append("0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xrefOffset + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static int pageObjectNumber(int pageIndex) {
        return 3 + 2 * pageIndex;
    }

    /** Latin-1 keeps one byte per character, so string lengths equal byte counts for offsets and /Length. */
    private static final class PdfBytes {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void append(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        int size() {
            return bytes.size();
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
