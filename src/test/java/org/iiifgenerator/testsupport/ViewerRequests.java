package org.iiifgenerator.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every URL a deep-zoom viewer asks a level-0 image service for, computed from its info.json the way
 * OpenSeadragon's {@code IIIFTileSource.getTileUrl} does (OpenSeadragon 6, and the OpenSeadragon 5 inside
 * Mirador 4: both agree for level-0 services): levels from the scale factors, sizes rounded up, the single-tile
 * level asked for as a {@code full/…} image, and the canonical forms of an unscaled size ({@code full} in 2.1
 * when a tile is as wide as the image, {@code max} in 3.0 when it is the whole image). Plus the sizes info.json
 * lists and the full/max image. Each URL in every format a client may choose: jpg (what level 0 requires and
 * what a client that ignores the format lists asks for) and each format info.json lists. A static service is
 * complete when every one of them exists.
 */
public final class ViewerRequests {

    private ViewerRequests() {
    }

    /** URLs relative to the service id (no leading slash). */
    public static List<String> of(JsonNode info) {
        List<String> urls = new ArrayList<>();
        for (String format : formats(info)) {
            urls.addAll(of(info, format));
        }
        return urls;
    }

    /** The URLs in one format: the tiles, the listed sizes and full/max (full/full in 2.1). */
    public static List<String> of(JsonNode info, String format) {
        boolean v3 = isVersion3(info);
        int width = info.path("width").asInt();
        int height = info.path("height").asInt();
        JsonNode tiles = info.path("tiles").path(0);
        int tileWidth = tiles.path("width").asInt();
        int tileHeight = tiles.path("height").asInt(tileWidth);
        String image = "/0/default." + format;
        List<String> urls = new ArrayList<>();
        for (JsonNode factorNode : tiles.path("scaleFactors")) {
            int factor = factorNode.asInt();
            for (String url : levelTiles(v3, width, height, tileWidth, tileHeight, factor)) {
                urls.add(url + image);
            }
        }
        urls.addAll(sizes(info, format));
        urls.add("full/" + (v3 ? "max" : "full") + image);
        return urls;
    }

    /** The URLs of the sizes info.json lists, in their canonical form. */
    public static List<String> sizes(JsonNode info, String format) {
        boolean v3 = isVersion3(info);
        List<String> urls = new ArrayList<>();
        for (JsonNode size : info.path("sizes")) {
            int w = size.path("width").asInt();
            int h = size.path("height").asInt();
            urls.add("full/" + (v3 ? w + "," + h : w + ",") + "/0/default." + format);
        }
        return urls;
    }

    /** jpg first, then every other format info.json names (3.0 preferred and extra formats, 2.1 profile formats). */
    public static Set<String> formats(JsonNode info) {
        Set<String> formats = new LinkedHashSet<>();
        formats.add("jpg");
        info.path("preferredFormats").forEach(f -> formats.add(f.asText()));
        info.path("extraFormats").forEach(f -> formats.add(f.asText()));
        info.path("profile").path(1).path("formats").forEach(f -> formats.add(f.asText()));
        return formats;
    }

    private static boolean isVersion3(JsonNode info) {
        return info.path("@context").asText().contains("/image/3/");
    }

    /** Region and size of each tile of one level, as getTileUrl writes them. */
    private static List<String> levelTiles(boolean v3, int width, int height, int tileWidth, int tileHeight,
                                           int factor) {
        int levelWidth = ceilDiv(width, factor);
        int levelHeight = ceilDiv(height, factor);
        if (levelWidth < tileWidth && levelHeight < tileHeight) {
            // 2.1 compares the width alone: a one-pixel-wide strip asks for full/full at every such level.
            String size = v3 ? (levelWidth == width && levelHeight == height ? "max" : levelWidth + "," + levelHeight)
                    : levelWidth == width ? "full" : levelWidth + ",";
            return List.of("full/" + size);
        }
        List<String> urls = new ArrayList<>();
        int regionWidth = tileWidth * factor;
        int regionHeight = tileHeight * factor;
        for (int y = 0; y * tileHeight < levelHeight; y++) {
            for (int x = 0; x * tileWidth < levelWidth; x++) {
                int rx = x * regionWidth;
                int ry = y * regionHeight;
                int rw = Math.min(regionWidth, width - rx);
                int rh = Math.min(regionHeight, height - ry);
                int sw = Math.min(tileWidth, levelWidth - x * tileWidth);
                int sh = Math.min(tileHeight, levelHeight - y * tileHeight);
                String region = rx == 0 && ry == 0 && rw == width && rh == height ? "full"
                        : rx + "," + ry + "," + rw + "," + rh;
                // The canonical size of an unscaled tile: in 2.1 any tile as wide as the image (a narrow image's
                // column of tiles), in 3.0 only a tile that is the whole image.
                String size = v3 ? (sw == width && sh == height ? "max" : sw + "," + sh)
                        : (sw == width ? "full" : sw + ",");
                urls.add(region + "/" + size);
            }
        }
        return urls;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
