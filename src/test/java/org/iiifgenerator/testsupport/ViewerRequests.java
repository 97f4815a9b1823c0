package org.iiifgenerator.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every URL a deep-zoom viewer asks a level-0 image service for, computed from its info.json the way
 * OpenSeadragon's IIIF tile source does (levels from the scale factors, sizes rounded up, the single-tile level
 * asked for as a {@code full/…} image) plus the sizes it lists and the full/max image. A static service is
 * complete when every one of them exists.
 */
public final class ViewerRequests {

    private ViewerRequests() {
    }

    /** URLs relative to the service id (no leading slash). */
    public static List<String> of(JsonNode info) {
        boolean v3 = info.path("@context").asText().contains("/image/3/");
        int width = info.path("width").asInt();
        int height = info.path("height").asInt();
        JsonNode tiles = info.path("tiles").path(0);
        int tileWidth = tiles.path("width").asInt();
        int tileHeight = tiles.path("height").asInt(tileWidth);
        List<String> urls = new ArrayList<>();
        for (JsonNode factorNode : tiles.path("scaleFactors")) {
            int factor = factorNode.asInt();
            urls.addAll(levelTiles(v3, width, height, tileWidth, tileHeight, factor));
        }
        for (JsonNode size : info.path("sizes")) {
            int w = size.path("width").asInt();
            int h = size.path("height").asInt();
            urls.add("full/" + (v3 ? w + "," + h : w + ",") + "/0/default.jpg");
        }
        urls.add("full/" + (v3 ? "max" : "full") + "/0/default.jpg");
        return urls;
    }

    private static List<String> levelTiles(boolean v3, int width, int height, int tileWidth, int tileHeight,
                                           int factor) {
        int levelWidth = ceilDiv(width, factor);
        int levelHeight = ceilDiv(height, factor);
        if (levelWidth < tileWidth && levelHeight < tileHeight) {
            String size = levelWidth == width && levelHeight == height ? (v3 ? "max" : "full")
                    : v3 ? levelWidth + "," + levelHeight : levelWidth + ",";
            return List.of("full/" + size + "/0/default.jpg");
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
                String size = v3 ? (sw == width && sh == height ? "max" : sw + "," + sh)
                        : (sw == width ? "full" : sw + ",");
                urls.add(region + "/" + size + "/0/default.jpg");
            }
        }
        return urls;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
