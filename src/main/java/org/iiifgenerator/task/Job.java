package org.iiifgenerator.task;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * One collection to publish: where its images and CSV are, where the output goes and under which public URL,
 * and how images are tiled.
 *
 * @param csvFile   the metadata CSV, or null to publish with identifiers as labels
 * @param workFolder local scratch space for image services before they are published, or null for the
 *                   storage's own staging area (where publishing is a rename)
 */
public record Job(String collectionId, String collectionLabel, Path imagesFolder, Path csvFile, Path outputFolder,
                  String baseUrl, String language, TilingSettings tiling, Path workFolder) {

    /** The settings worth recording in the report, to tell later what produced the output. */
    public Map<String, Object> describe() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("images", imagesFolder.toString());
        settings.put("csv", csvFile == null ? null : csvFile.toString());
        settings.put("output", outputFolder.toString());
        settings.put("baseUrl", baseUrl);
        settings.put("iiifVersion", tiling.version().toString());
        settings.put("tileSize", tiling.tileSize());
        settings.put("tileFormat", tiling.format().extension());
        settings.put("quality", tiling.quality());
        settings.put("sizesMaxSide", tiling.sizesMaxSide());
        settings.put("pdfDpi", tiling.pdfDpi());
        settings.values().removeIf(java.util.Objects::isNull);
        return settings;
    }
}
