package org.iiifgenerator.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.preview.PublishedContents.Contents;
import org.iiifgenerator.preview.PublishedContents.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedContentsTest {

    @TempDir
    Path root;

    @Test
    void listsTheCollectionManifestsAndImageServicesInNaturalOrder() throws IOException {
        touch("collection/top.json");
        touch("letters/manifest.json");
        touch("Pièce jointe 1/manifest.json");
        touch("tiles/letters-10/info.json");
        touch("tiles/letters-2/info.json");
        touch("tiles/letters-2/0,0,256,256/256,256/0/default.jpg");

        Contents contents = PublishedContents.of(root);

        assertThat(contents.collection()).isEqualTo(new Entry("collection/top.json", "/collection/top.json"));
        assertThat(contents.manifests()).containsExactly(
                new Entry("letters", "/letters/manifest.json"),
                new Entry("Pièce jointe 1", "/Pi%C3%A8ce%20jointe%201/manifest.json"));
        assertThat(contents.imageServices()).containsExactly(
                new Entry("tiles/letters-2", "/tiles/letters-2/info.json"),
                new Entry("tiles/letters-10", "/tiles/letters-10/info.json"));
    }

    @Test
    void doesNotLookInsideImageServicesNorHiddenFolders() throws IOException {
        touch("tiles/a-1/info.json");
        touch("tiles/a-1/full/manifest.json");
        touch(".iiif-work/run-1/b/manifest.json");
        touch(".iiif-work/run-1/tiles/b-1/info.json");

        Contents contents = PublishedContents.of(root);

        assertThat(contents.collection()).isNull();
        assertThat(contents.manifests()).isEmpty();
        assertThat(contents.imageServices()).extracting(Entry::name).containsExactly("tiles/a-1");
    }

    private void touch(String key) throws IOException {
        Path file = root.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
    }
}
