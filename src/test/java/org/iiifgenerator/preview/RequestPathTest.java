package org.iiifgenerator.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @Test
    void namesArePercentDecodedAsUtf8() {
        assertThat(RequestPath.parse("/Pi%C3%A8ce%20jointe%201/manifest.json")).get()
                .extracting(RequestPath::names).isEqualTo(List.of("Pièce jointe 1", "manifest.json"));
        assertThat(RequestPath.parse("/tiles/a-1/0,0,256,256/256,256/0/default.jpg")).get()
                .extracting(RequestPath::key).isEqualTo("tiles/a-1/0,0,256,256/256,256/0/default.jpg");
        assertThat(RequestPath.parse("/a+b")).get().extracting(RequestPath::key).as("+ is a plus in a path")
                .isEqualTo("a+b");
    }

    @Test
    void theRootAndAFoldersTrailingSlashAddNoName() {
        assertThat(RequestPath.parse("/")).get().extracting(RequestPath::isEmpty).isEqualTo(true);
        assertThat(RequestPath.parse("/_viewer/")).get().extracting(RequestPath::names).isEqualTo(List.of("_viewer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../etc/passwd", "/tiles/../../etc/passwd", "/%2e%2e/etc/passwd",
            "/%2E%2E/etc/passwd", "/.%2e/x", "/./x", "/tiles/..%2f..%2fetc/passwd", "/..%5c..%5cetc",
            "/a//b", "/a%00b", "/a%zzb", "/a%2", "/caf%E9", "relative/path", "", "/é"})
    void anythingButPlainNamesIsRefused(String rawPath) {
        assertThat(RequestPath.parse(rawPath)).as(rawPath).isEmpty();
    }

    @Test
    void aPathIsTakenBelowItsMountPoint() {
        RequestPath viewer = RequestPath.parse("/_viewer/").orElseThrow();

        assertThat(RequestPath.parse("/_viewer/lib/a.js").orElseThrow().under(viewer)).get()
                .extracting(RequestPath::key).isEqualTo("lib/a.js");
        assertThat(RequestPath.parse("/%5Fviewer/").orElseThrow().under(viewer)).get()
                .extracting(RequestPath::isEmpty).isEqualTo(true);
        assertThat(RequestPath.parse("/other/a.js").orElseThrow().under(viewer)).isEmpty();
    }
}
