package org.iiifgenerator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ms-1/manifest.json                             | application/json",
            "tiles/ms-1-1/info.json                         | application/json",
            "tiles/ms-1-1/0,0,256,256/256,256/0/default.jpg | image/jpeg",
            "tiles/ms-1-1/full/max/0/DEFAULT.JPG            | image/jpeg",
            "scans/page.jpeg                                | image/jpeg",
            "tiles/ms-1-1/0,0,256,256/256,256/0/default.webp | image/webp",
            "scans/page.png                                 | image/png",
            "tiff/ms-1-1.tif                                | image/tiff",
            "collection/index.jsonl                         | application/x-ndjson",
            "collection/metadata.csv                        | text/csv; charset=utf-8",
            "viewer/index.html                              | text/html; charset=utf-8",
            "viewer/lib/mirador/mirador.min.js              | text/javascript; charset=utf-8",
            "viewer/viewer.css                              | text/css; charset=utf-8",
            "viewer/lib/THIRD-PARTY-LICENCES.txt            | text/plain; charset=utf-8",
            "collection/README                              | application/octet-stream",
            "tiles/v1.json/info                             | application/octet-stream",
            "collection/archive.tar.gz                      | application/octet-stream"})
    void comesFromTheExtensionOfTheKeysLastSegment(String key, String contentType) {
        assertThat(ContentTypes.of(key)).isEqualTo(contentType);
    }
}
