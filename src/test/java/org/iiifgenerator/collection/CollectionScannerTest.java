package org.iiifgenerator.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iiifgenerator.storage.Location;
import org.junit.jupiter.api.Test;

class CollectionScannerTest {

    private final List<String> warnings = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();

    @Test
    void foldersAreObjectsWithPagesInNaturalOrderAndLooseFilesAreObjectsOfTheirOwn() {
        List<SourceObject> objects = scan(List.of("b/p10.tif", "b/p2.tif", "b/sub/p1.tif", "a.jpg", "c.pdf"), null);

        assertThat(objects).extracting(SourceObject::identifier).containsExactly("a", "b", "c");
        assertThat(objects.get(1).files()).containsExactly("b/p2.tif", "b/p10.tif", "b/sub/p1.tif");
        assertThat(objects.get(0).files()).containsExactly("a.jpg");
    }

    @Test
    void hiddenFilesAreSkippedSilentlyAndOtherFilesWithAWarning() {
        List<SourceObject> objects = scan(List.of("b/.DS_Store", ".hidden/x.jpg", "b/Thumbs.db", "b/p1.jpg",
                "b/notes.txt"), null);

        assertThat(objects).singleElement().extracting(SourceObject::files).isEqualTo(List.of("b/p1.jpg"));
        assertThat(warnings).singleElement().asString().contains("b/notes.txt");
    }

    @Test
    void anAccessFolderIsOneObjectNamedAfterItsParent() {
        String identifier = AccessFolders.objectIdentifier(
                Location.s3("src", "Ms2016_012/Box2/Box2_Folder19_Synopsis/Access/"));

        List<SourceObject> objects = scan(List.of("p10.tif", "p1.tif", "p2.tif"), identifier);

        assertThat(identifier).isEqualTo("Box2_Folder19_Synopsis");
        assertThat(objects).singleElement().satisfies(object -> {
            assertThat(object.identifier()).isEqualTo("Box2_Folder19_Synopsis");
            assertThat(object.files()).containsExactly("p1.tif", "p2.tif", "p10.tif");
        });
        assertThat(AccessFolders.objectIdentifier(Location.s3("src", "Ms2016_012/Box2/"))).isNull();
    }

    @Test
    void aFolderAndAFileWithTheSameIdentifierKeepTheFirstAndLeaveTheOtherOut() {
        List<SourceObject> objects = scan(List.of("x/p1.jpg", "x.jpg"), null);

        assertThat(objects).hasSize(1);
        assertThat(leftOut).singleElement().asString().contains("same identifier 'x'");
    }

    @Test
    void twoFilesWithOneBaseNameKeepTheFirstAndLeaveTheOtherOut() {
        List<SourceObject> objects = scan(List.of("dup.png", "dup.jpg"), null);

        assertThat(objects).singleElement().extracting(SourceObject::files).isEqualTo(List.of("dup.jpg"));
        assertThat(leftOut).singleElement().asString().startsWith("'dup.png' has the same identifier 'dup'");
        assertThat(warnings).isEmpty();
    }

    @Test
    void identifiersAreComparedInComposedUnicode() {
        List<SourceObject> objects = scan(List.of("Pie\u0300ce/p1.jpg"), null);

        assertThat(objects).singleElement().extracting(SourceObject::identifier).isEqualTo("Pi\u00e8ce");
    }

    private List<SourceObject> scan(List<String> keys, String wholeRoot) {
        return new CollectionScanner().scan(keys, wholeRoot, warnings::add, leftOut::add);
    }
}
