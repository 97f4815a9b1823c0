package org.iiifgenerator.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iiifgenerator.config.SettingsRegistry.BASE_URL;
import static org.iiifgenerator.config.SettingsRegistry.COLLECTION_ID;
import static org.iiifgenerator.config.SettingsRegistry.COLLECTION_LABEL;
import static org.iiifgenerator.config.SettingsRegistry.CSV;
import static org.iiifgenerator.config.SettingsRegistry.IMAGES;
import static org.iiifgenerator.config.SettingsRegistry.IMAGE_SERVER;
import static org.iiifgenerator.config.SettingsRegistry.LOCAL_OUTPUT;
import static org.iiifgenerator.config.SettingsRegistry.OUTPUT;
import static org.iiifgenerator.config.SettingsRegistry.PDF_DPI;
import static org.iiifgenerator.config.SettingsRegistry.PROVIDER_HOMEPAGE;
import static org.iiifgenerator.config.SettingsRegistry.PROVIDER_LABEL;
import static org.iiifgenerator.config.SettingsRegistry.PROVIDER_LOGO;
import static org.iiifgenerator.config.SettingsRegistry.PUBLISH_CSV;
import static org.iiifgenerator.config.SettingsRegistry.PUBLISH_INDEX;
import static org.iiifgenerator.config.SettingsRegistry.PUBLISH_RECORDS;
import static org.iiifgenerator.config.SettingsRegistry.PYRAMID_TIFF;
import static org.iiifgenerator.config.SettingsRegistry.QUALITY;
import static org.iiifgenerator.config.SettingsRegistry.RECORDS;
import static org.iiifgenerator.config.SettingsRegistry.SIZES_MAX;
import static org.iiifgenerator.config.SettingsRegistry.TILE_FORMAT;
import static org.iiifgenerator.config.SettingsRegistry.TILE_SIZE;
import static org.iiifgenerator.config.SettingsRegistry.VERSION;
import static org.iiifgenerator.config.SettingsRegistry.WORK_DIR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.testsupport.TestSettings;
import org.iiifgenerator.tiling.PyramidTiff;
import org.iiifgenerator.tiling.TilingSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobFactoryTest {

    @TempDir
    Path dir;

    private Path images;
    private Path csv;
    private Path output;
    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void aCollectionOnDisk() throws IOException {
        images = Files.createDirectories(dir.resolve("Ms2016_012_Womens_Development_Corp"));
        csv = Files.writeString(dir.resolve("metadata.csv"), "identifier,title\n");
        output = dir.resolve("out");
        settings.put(IMAGES, images.toString());
        settings.put(CSV, csv.toString());
        settings.put(OUTPUT, output.toString());
        settings.put(BASE_URL, "https://d21nnzi4oh5qvs.cloudfront.net/iawa/Women_of_Design/");
    }

    @Nested
    class AValidJob {

        @Test
        void usesTheApplicationDefaults() {
            Job job = job();

            assertThat(job.images()).isEqualTo(Location.local(images));
            assertThat(job.csv()).isEqualTo(Location.local(csv));
            assertThat(job.output()).isEqualTo(Location.local(output));
            assertThat(job.baseUrl()).isEqualTo("https://d21nnzi4oh5qvs.cloudfront.net/iawa/Women_of_Design");
            assertThat(job.language()).isEqualTo("none");
            assertThat(job.tiling()).isEqualTo(new TilingSettings(IiifVersion.V3, 512, TileFormat.JPG, 85, 2048, 300, 2000, 2000));
        }

        @Test
        void isNamedAfterTheImagesFolderUnlessGivenAnIdentifier() {
            assertThat(job().collectionId()).isEqualTo("Ms2016_012_Womens_Development_Corp");
            assertThat(job().collectionLabel()).isEqualTo("Ms2016_012_Womens_Development_Corp");

            settings.put(COLLECTION_ID, "iawa");
            assertThat(job().collectionId()).isEqualTo("iawa");
            assertThat(job().collectionLabel()).isEqualTo("iawa");

            settings.put(COLLECTION_LABEL, "Women of Design");
            assertThat(job().collectionLabel()).isEqualTo("Women of Design");
        }

        @Test
        void isNamedAfterTheImagesFolderEvenWhenGivenAsDot() {
            settings.put(IMAGES, ".");

            assertThat(job().collectionId()).isEqualTo(Path.of("").toAbsolutePath().getFileName().toString());
        }

        @Test
        void leavesTheWorkFolderToTheStorageUnlessGivenOne() {
            assertThat(job().workFolder()).isNull();

            settings.put(WORK_DIR, dir.resolve("scratch").toString());
            assertThat(job().workFolder()).isEqualTo(dir.resolve("scratch").toAbsolutePath());
        }

        @Test
        void needsNoCsv() {
            settings.put(CSV, "");

            assertThat(job().csv()).isNull();
        }

        @Test
        void namesTheProviderWhenItsLabelIsSet() {
            assertThat(job().provider()).as("none by default").isNull();

            settings.putAll(Map.of(PROVIDER_LABEL, "Virginia Tech Special Collections",
                    PROVIDER_HOMEPAGE, "https://lib.vt.edu/"));
            assertThat(job().provider())
                    .isEqualTo(new Provider("Virginia Tech Special Collections", "https://lib.vt.edu/", null));

            settings.put(PROVIDER_LOGO, "https://lib.vt.edu/logo.png");
            assertThat(job().provider().logo()).isEqualTo("https://lib.vt.edu/logo.png");
        }

        @Test
        void takesTheConfiguredTiling() {
            settings.putAll(Map.of(VERSION, "2", TILE_SIZE, "512", TILE_FORMAT, "webp",
                    QUALITY, "70", SIZES_MAX, "1200", PDF_DPI, "150",
                    PYRAMID_TIFF, "tiles+tiff"));

            assertThat(job().tiling()).isEqualTo(new TilingSettings(IiifVersion.V2, 512, TileFormat.WEBP, 70, 1200, 150,
                    2000, 2000, PyramidTiff.TILES_AND_TIFF, null));
        }

        @Test
        void takesTheImageServerWhenOnlyTiffsArePublished() {
            settings.putAll(Map.of(PYRAMID_TIFF, "tiff",
                    IMAGE_SERVER, "https://images.example.org/iiif/3/"));

            assertThat(job().tiling().pyramidTiff()).isEqualTo(PyramidTiff.TIFF);
            assertThat(job().tiling().imageServer()).as("without its trailing slash")
                    .isEqualTo("https://images.example.org/iiif/3");
        }
    }

    @Nested
    class AnInvalidJob {

        @ParameterizedTest
        @CsvSource({
                "iiif.images, ''",
                "iiif.output, ''",
                "iiif.base-url, ftp://iiif.example.org",
                "iiif.tile-size, abc",
                "iiif.tile-format, gif",
                "iiif.version, 4",
                "iiif.tile-size, 32",
                "iiif.quality, 101",
                "iiif.sizes-max, 10",
                "iiif.pyramid-tiff, tif",
                "iiif.image-server, images.example.org"})
        void reportsTheProblemNamingItsSetting(String key, String value) {
            settings.put(key, value);

            assertThat(problems()).singleElement().asString().contains("'" + key + "'");
        }

        @Test
        void reportsAProviderWithoutHomepageOrWithAHomepageThatIsNoUrl() {
            settings.put(PROVIDER_LABEL, "Special Collections");
            assertThat(problems()).singleElement().asString().contains("'iiif.provider-homepage'", "is not set");

            settings.put(PROVIDER_HOMEPAGE, "lib.vt.edu");
            assertThat(problems()).singleElement().asString()
                    .contains("'iiif.provider-homepage'", "is 'lib.vt.edu', which is not an http:// or https:// URL");

            settings.remove(PROVIDER_LABEL);
            settings.put(PROVIDER_HOMEPAGE, "https://lib.vt.edu/");
            assertThat(problems()).singleElement().asString().contains("'iiif.provider-label'", "is not set");
        }

        @Test
        void reportsTiffsWithoutAnImageServerAndAnImageServerBesideTiles() {
            settings.put(PYRAMID_TIFF, "tiff");
            assertThat(problems()).singleElement().asString()
                    .contains("'iiif.image-server'", "is not set, but Setting 'iiif.pyramid-tiff' is tiff");

            settings.put(IMAGE_SERVER, "https://images.example.org/iiif/3");
            settings.put(PYRAMID_TIFF, "tiles+tiff");
            assertThat(problems()).singleElement().asString()
                    .contains("'iiif.image-server'", "is set, but Setting 'iiif.pyramid-tiff' is tiles+tiff");
        }

        @Test
        void reportsAnImagesFolderThatDoesNotExist() {
            settings.put(IMAGES, dir.resolve("missing").toString());

            assertThat(problems()).singleElement().asString().contains("'iiif.images'", "not a folder");
        }

        @Test
        void reportsACsvPathThatIsAFolder() {
            settings.put(CSV, dir.toString());

            assertThat(problems()).singleElement().asString().contains("'iiif.csv'", "not a readable file");
        }

        @Test
        void reportsEveryProblemAtOnce() {
            settings.putAll(Map.of(IMAGES, dir.resolve("missing").toString(), CSV, dir.toString(),
                    BASE_URL, "ftp://iiif.example.org", TILE_SIZE, "abc",
                    TILE_FORMAT, "gif", VERSION, "4"));

            assertThat(String.join("\n", problems())).contains("'iiif.images'", "'iiif.csv'", "'iiif.base-url'",
                    "'iiif.tile-size'", "'iiif.tile-format'", "'iiif.version'");
            assertThat(problems()).hasSize(6);
        }

        @Test
        void reportsATasksLocalOutputFolderUnderAFileBeforeAnyWork() throws IOException {
            Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
            settings.put(LOCAL_OUTPUT, file.toString());
            Path example = Path.of("src/test/resources/tasks/gen1-example.json");
            TaskSpec uploadFalse = TaskSpecs.from(new TaskFileReader().read(Files.newInputStream(example), "gen1"));

            assertThatThrownBy(() -> new JobFactory().forTask(uploadFalse, TestSettings.withDefaults(settings)))
                    .isInstanceOf(Settings.SettingException.class)
                    .hasMessageStartingWith("The task's local output folder (Setting 'tasks.local-output' and the "
                            + "task's folder) is '" + file.resolve(uploadFalse.destinationPrefix()) + "'")
                    .hasMessageEndingWith("which lies under the file '" + file + "': give a path under a folder");
        }

        private List<String> problems() {
            return catchThrowableOfType(InvalidJobException.class, JobFactoryTest.this::job).problems();
        }
    }

    @Nested
    class WhereTheRunRecordsGo {

        @Test
        void besideTheOutputByDefaultAndTheIndexAndCsvCopyArePublished() {
            assertThat(job().records()).isEqualTo(Location.local(dir.resolve("out.records")));
            assertThat(job().recordsPublished()).isFalse();
            assertThat(job().publicCopies()).isEqualTo(Job.PublicCopies.ALL);
        }

        @Test
        void inTheFolderGivenOrUnderTheOutputWhenPublishedOnPurpose() {
            settings.put(RECORDS, dir.resolve("private/records").toString());
            assertThat(job().records()).isEqualTo(Location.local(dir.resolve("private/records")));

            settings.put(PUBLISH_RECORDS, "true");
            assertThat(job().records()).isEqualTo(job().output());
            assertThat(job().recordsPublished()).isTrue();
        }

        @Test
        void neverInsideTheOutputWithoutSayingSo() {
            settings.put(RECORDS, output.resolve(".records").toString());

            assertThat(catchThrowableOfType(InvalidJobException.class, JobFactoryTest.this::job).problems())
                    .singleElement().asString().startsWith("Setting 'iiif.records' is '" + output.resolve(".records")
                            + "', which is or holds the output folder");
        }

        @Test
        void theIndexAndTheCsvCopyCanEachBeLeftOut() {
            settings.put(PUBLISH_INDEX, "false");
            assertThat(job().publicCopies()).isEqualTo(new Job.PublicCopies(false, true));
            settings.put(PUBLISH_CSV, "false");
            assertThat(job().publicCopies()).isEqualTo(new Job.PublicCopies(false, false));
        }
    }

    private Job job() {
        return new JobFactory().fromSettings(TestSettings.withDefaults(settings));
    }
}
