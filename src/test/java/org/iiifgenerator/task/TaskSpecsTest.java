package org.iiifgenerator.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iiifgenerator.config.SettingsRegistry.COLLECTION_LABEL;
import static org.iiifgenerator.config.SettingsRegistry.LANGUAGE;
import static org.iiifgenerator.config.SettingsRegistry.PDF_DPI;
import static org.iiifgenerator.config.SettingsRegistry.PYRAMID_TIFF;
import static org.iiifgenerator.config.SettingsRegistry.QUALITY;
import static org.iiifgenerator.config.SettingsRegistry.SIZES_MAX;
import static org.iiifgenerator.config.SettingsRegistry.TILE_FORMAT;
import static org.iiifgenerator.config.SettingsRegistry.TILE_SIZE;
import static org.iiifgenerator.config.SettingsRegistry.VERSION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two seed examples: gen1-example.json is the seed's examples/task.json verbatim; gen2-example.json has the
 * values of the seed's 2024 documentation, its buckets from the seed's env.list.example and its queue and job
 * definition from the defaults of its CloudFormation template.
 */
class TaskSpecsTest {

    private static final String SOURCE = "tasks/box2.json";

    @Nested
    class TheSeedExamples {

        @Test
        void generation1PublishesUnderTheDestBucketFolderOfAwsBucketName() {
            TaskSpec spec = TaskSpecs.from(resource("gen1-example.json"));

            assertThat(spec.jobName()).isEqualTo("job1");
            assertThat(spec.jobQueue()).isEqualTo("iiifjq");
            assertThat(spec.jobDefinition()).isEqualTo("iiifjd:3");
            assertThat(spec.region()).isEqualTo("us-east-1");
            assertThat(spec.sourceBucket()).isEqualTo("iawa-sample-data");
            assertThat(spec.accessDir())
                    .isEqualTo("Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/Access/");
            assertThat(spec.csvKey()).isEqualTo("Women_of_Design/Ms2016_012_Womens_Development_Corp/CSV_to_upload/"
                    + "CSV_spreadsheets/Ms2016_012_Box2.csv");
            assertThat(spec.destinationBucket()).isEqualTo("iawa-target-data");
            assertThat(spec.destinationPrefix()).isEqualTo("iiifs3/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.baseUrl())
                    .isEqualTo("https://s3.amazonaws.com/iawa-target-data/iiifs3/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.collectionId()).isEqualTo("Ms2016_012_Womens_Development_Corp");
            assertThat(spec.objectId()).isEqualTo("Box2_Folder19_Synopsis");
            assertThat(spec.settings()).isEmpty();
            assertThat(spec.upload()).as("UPLOAD_BOOL=false: a trial run kept local").isFalse();
        }

        @Test
        void generation1ManifestKeepsTheKeyTheSeedGaveIt() {
            TaskSpec spec = TaskSpecs.from(resource("gen1-example.json"));

            assertThat(spec.destinationKey("Box2_Folder19_Synopsis/manifest.json")).isEqualTo(
                    "iiifs3/Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/manifest.json");
        }

        @Test
        void generation2PublishesUnderDestPrefixAndTheFoldersAboveTheObject() {
            TaskSpec spec = TaskSpecs.from(resource("gen2-example.json"));

            assertThat(spec.jobName()).isEqualTo("Ms2016_012_Box2_Folder19_Synopsis");
            assertThat(spec.region()).isEqualTo("us-east-1");
            assertThat(spec.sourceBucket()).isEqualTo("ingest-dev-vtlib-store");
            assertThat(spec.accessDir()).isEqualTo("Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/Access/");
            assertThat(spec.csvKey()).isEqualTo("Ms2016_012_Womens_Development_Corp/CSV/Ms2016_012.csv");
            assertThat(spec.destinationBucket()).isEqualTo("ingest-dev.img.cloud.lib.vt.edu");
            assertThat(spec.destinationPrefix()).isEqualTo("iawa/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.baseUrl()).isEqualTo(
                    "https://d21nnzi4oh5qvs.cloudfront.net/iawa/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.collectionId()).isEqualTo("Ms2016_012_Womens_Development_Corp");
            assertThat(spec.objectId()).isEqualTo("Box2_Folder19_Synopsis");
            assertThat(spec.destinationKey("tiles/Box2_Folder19_Synopsis-1/info.json")).isEqualTo(
                    "iawa/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2/tiles/Box2_Folder19_Synopsis-1/info.json");
        }
    }

    @Nested
    class Generation1 {

        private final Map<String, String> env = environment("gen1-example.json");

        @Test
        void laterTasksNameTheBucketDestBucketAndTheFolderDestPrefix() {
            env.remove("AWS_BUCKET_NAME");
            env.put("DEST_BUCKET", "iawa-target-data");
            env.put("DEST_PREFIX", "iawa");
            env.put("DIR_PREFIX", "archive");
            env.put("COLLECTION_NAME", "Ms2016_012");

            TaskSpec spec = spec(env);

            assertThat(spec.destinationBucket()).isEqualTo("iawa-target-data");
            assertThat(spec.destinationPrefix()).isEqualTo("iawa/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.accessDir()).isEqualTo(
                    "archive/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/Access/");
            assertThat(spec.collectionId()).isEqualTo("Ms2016_012");
        }

        @Test
        void withoutACollectionInTheCsvNameTheOutputFoldersFollowAllOfAccessDir() {
            env.put("CSV_NAME", "Box2.csv");

            TaskSpec spec = spec(env);

            assertThat(spec.destinationPrefix()).isEqualTo("iiifs3/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2");
            assertThat(spec.collectionId()).isEqualTo("Women_of_Design");
        }

        @Test
        void uploadBoolFalseKeepsTheOutputLocalAndTrueOrAbsentPublishes() {
            env.remove("UPLOAD_BOOL");
            assertThat(spec(env).upload()).isTrue();
            env.put("UPLOAD_BOOL", "true");
            assertThat(spec(env).upload()).isTrue();
            env.put("UPLOAD_BOOL", "false");
            assertThat(spec(env).upload()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"True", "yes", "1"})
        void uploadBoolIsTrueOrFalse(String upload) {
            env.put("UPLOAD_BOOL", upload);

            assertThat(problems(env)).singleElement().asString().contains("'UPLOAD_BOOL'", "use true or false");
        }

        @Test
        void needsTheSourceBucket() {
            env.remove("SRC_BUCKET");

            assertThat(problems(env)).singleElement().asString().contains("'SRC_BUCKET' is not set");
        }

        @Test
        void needsTheFolderDestBucketWithAwsBucketName() {
            env.remove("DEST_BUCKET");

            assertThat(problems(env)).singleElement().asString().contains("'DEST_BUCKET' is not set", "AWS_BUCKET_NAME");
        }

        @Test
        void needsADestinationBucket() {
            env.remove("DEST_BUCKET");
            env.remove("AWS_BUCKET_NAME");

            assertThat(problems(env)).singleElement().asString().contains("'DEST_BUCKET' is not set");
        }

        @Test
        void refusesDestPrefixWithAwsBucketNameWhichTheTwoSeedScriptsReadDifferently() {
            env.put("DEST_PREFIX", "iawa");

            assertThat(problems(env)).singleElement().asString().contains("'DEST_PREFIX'", "AWS_BUCKET_NAME");
        }

        @Test
        void refusesACollectionOfTheCsvNameThatAccessDirDoesNotHave() {
            env.put("CSV_NAME", "Ms2017_001.csv");

            assertThat(problems(env)).singleElement().asString()
                    .contains("'ACCESS_DIR'", "'Ms2017_001'", "CSV_NAME");
        }
    }

    @Nested
    class AnInvalidTask {

        private final Map<String, String> env = environment("gen2-example.json");

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', textBlock = """
                AWS_SRC_BUCKET  | Ingest_Store                      | not an S3 bucket name
                AWS_DEST_BUCKET | ab                                | not an S3 bucket name
                AWS_DEST_BUCKET | 192.168.1.10                      | not an S3 bucket name
                AWS_DEST_BUCKET | img..cloud                        | not an S3 bucket name
                AWS_DEST_BUCKET | -img                              | not an S3 bucket name
                ACCESS_DIR      | /Ms2016_012_Womens_Development_Corp/Box2/F/Access | starts with '/'
                ACCESS_DIR      | Ms2016_012_Womens_Development_Corp/../F/Access    | '..' folder
                ACCESS_DIR      | Ms2016_012_Womens_Development_Corp//F/Access      | empty folder name
                ACCESS_DIR      | Box2/Box2_Folder19_Synopsis/Access                | no folder starting with 'Ms2016_012_Womens_Development_Corp'
                ACCESS_DIR      | Ms2016_012_Womens_Development_Corp                | must end with <object folder>/<image folder>
                ACCESS_DIR      | '  '                              | is empty
                CSV_PATH        | ../CSV                            | '..' folder
                CSV_NAME        | CSV/Ms2016_012.csv                | give the file name here
                DEST_PREFIX     | /iawa                             | starts with '/'
                DEST_PREFIX     | ''                                | is empty
                DEST_URL        | ftp://d21nnzi4oh5qvs.cloudfront.net | http(s)
                DEST_URL        | d21nnzi4oh5qvs.cloudfront.net     | http(s)
                DEST_URL        | https://iiif.example.org/?a=b     | no query
                AWS_REGION      | US East                           | not an AWS region
                COLLECTION_IDENTIFIER | 2016_012                    | no folder starting with '2016_012'
                """)
        void isRefusedNamingTheVariable(String name, String value, String expected) {
            env.put(name, value);

            assertThat(problems(env)).singleElement().asString().startsWith(SOURCE + ": ")
                    .contains("'" + (name.equals("COLLECTION_IDENTIFIER") ? "ACCESS_DIR" : name) + "'", expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"AWS_SRC_BUCKET", "AWS_DEST_BUCKET", "ACCESS_DIR", "DEST_URL"})
        void needsItsRequiredVariables(String name) {
            env.remove(name);

            assertThat(problems(env)).singleElement().asString().contains("'" + name + "' is not set");
        }

        @ParameterizedTest
        @CsvSource({"CSV_NAME, CSV_PATH", "CSV_PATH, CSV_NAME"})
        void needsCsvPathAndCsvNameTogether(String removed, String kept) {
            env.remove(removed);

            assertThat(problems(env)).singleElement().asString().contains("'" + removed + "' is not set, but " + kept);
        }

        @Test
        void refusesNamesOfBothGenerations() {
            env.put("SRC_BUCKET", "iawa-sample-data");

            assertThat(problems(env)).singleElement().asString().contains("SRC_BUCKET", "AWS_SRC_BUCKET",
                    "use one generation's names");
        }

        @Test
        void refusesUnknownNamesListingTheAllowedOnes() {
            env.put("TILESIZE", "512");
            env.put("DEST_FOLDER", "iawa");

            assertThat(problems(env)).singleElement().asString().contains("unknown names TILESIZE, DEST_FOLDER",
                    "ACCESS_DIR", "COLLECTION_IDENTIFIER", "TILE_SIZE", "COLLECTION_LABEL");
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', textBlock = """
                jobName       | job 1     | jobName is 'job 1', which AWS Batch does not accept
                jobName       | -job      | which AWS Batch does not accept
                jobName       |           | jobName is missing
                jobQueue      | ' '       | jobQueue is empty
                jobDefinition |           | jobDefinition is missing
                """)
        void needsAValidBatchJob(String field, String value, String expected) {
            TaskFile task = new TaskFile(SOURCE, field.equals("jobName") ? value : "job1",
                    field.equals("jobQueue") ? value : "iiifjq", field.equals("jobDefinition") ? value : "iiifjd:3",
                    null, env);

            assertThat(problems(task)).singleElement().asString().contains(expected);
        }

        @Test
        void reportsEveryProblemAtOnce() {
            env.remove("AWS_SRC_BUCKET");
            env.put("AWS_DEST_BUCKET", "Img");
            env.put("DEST_URL", "ftp://x");
            env.remove("CSV_NAME");
            env.put("TILE_SIZE", "huge");
            env.put("COLOUR", "red");

            List<String> problems = problems(new TaskFile(SOURCE, null, "iiifjq", "iiifjd:3", null, env));

            assertThat(problems).hasSize(7);
            assertThat(String.join("\n", problems)).contains("jobName", "COLOUR", "'AWS_SRC_BUCKET'",
                    "'AWS_DEST_BUCKET'", "'DEST_URL'", "'CSV_NAME'", "'TILE_SIZE'");
        }
    }

    @Nested
    class TheResult {

        private final Map<String, String> env = environment("gen2-example.json");

        @Test
        void hasNoCsvWithoutCsvPathAndCsvName() {
            env.remove("CSV_PATH");
            env.remove("CSV_NAME");

            assertThat(spec(env).csvKey()).isNull();
        }

        @Test
        void isPublishedAtTheBucketsRootWithoutDestPrefixOrFoldersAboveTheObject() {
            env.remove("DEST_PREFIX");
            env.remove("COLLECTION_IDENTIFIER");
            env.put("ACCESS_DIR", "Box2_Folder19_Synopsis/Access");
            env.put("DEST_URL", "https://d21nnzi4oh5qvs.cloudfront.net/");

            TaskSpec spec = spec(env);

            assertThat(spec.destinationPrefix()).isEmpty();
            assertThat(spec.baseUrl()).isEqualTo("https://d21nnzi4oh5qvs.cloudfront.net");
            assertThat(spec.destinationKey("collection/top.json")).isEqualTo("collection/top.json");
            assertThat(spec.collectionId()).isEqualTo("Box2_Folder19_Synopsis");
        }

        @Test
        void hasABaseUrlWithTheFoldersPercentEncoded() {
            env.put("ACCESS_DIR", "Ms2016_012_Womens_Development_Corp/Box 2/Café letters/Access");

            TaskSpec spec = spec(env);

            assertThat(spec.destinationPrefix()).isEqualTo("iawa/Women_of_Design/Ms2016_012_Womens_Development_Corp/Box 2");
            assertThat(spec.baseUrl()).endsWith("/Ms2016_012_Womens_Development_Corp/Box%202");
            assertThat(spec.objectId()).isEqualTo("Café letters");
        }

        @Test
        void takesValuesWithoutSurroundingBlanks() {
            env.put("AWS_SRC_BUCKET", " ingest-dev-vtlib-store ");

            assertThat(spec(env).sourceBucket()).isEqualTo("ingest-dev-vtlib-store");
        }
    }

    @Nested
    class OurOptions {

        private final Map<String, String> env = environment("gen2-example.json");

        @Test
        void becomeTheConfigurationKeysOfTheJob() {
            env.putAll(Map.of("IIIF_VERSION", "2", "TILE_SIZE", "512", "TILE_FORMAT", "webp", "QUALITY", "70",
                    "SIZES_MAX", "1200", "PDF_DPI", "150", "LANGUAGE", "en", "COLLECTION_LABEL", "Women of Design",
                    "PYRAMID_TIFF", "tiles+tiff"));

            assertThat(spec(env).settings()).containsExactly(
                    Map.entry(VERSION, "2"), Map.entry(TILE_SIZE, "512"),
                    Map.entry(TILE_FORMAT, "webp"), Map.entry(QUALITY, "70"),
                    Map.entry(SIZES_MAX, "1200"), Map.entry(PDF_DPI, "150"),
                    Map.entry(PYRAMID_TIFF, "tiles+tiff"), Map.entry(LANGUAGE, "en"),
                    Map.entry(COLLECTION_LABEL, "Women of Design"));
        }

        @Test
        void coverEveryOptionName() {
            assertThat(TaskSpecs.NAMES).contains("IIIF_VERSION", "TILE_SIZE", "TILE_FORMAT", "QUALITY", "SIZES_MAX",
                    "PDF_DPI", "PYRAMID_TIFF", "IMAGE_SERVER", "LANGUAGE", "COLLECTION_LABEL");
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', textBlock = """
                IIIF_VERSION | 4    | not supported
                TILE_SIZE    | abc  | not a whole number
                TILE_SIZE    | 32   | out of range
                TILE_FORMAT  | gif  | use jpg or webp
                QUALITY      | 0    | out of range
                SIZES_MAX    | 10   | out of range
                PDF_DPI      | 5000 | out of range
                PYRAMID_TIFF | tif  | use tiles (static tiles only), tiles+tiff
                IMAGE_SERVER | images.example.org | not an http:// or https:// URL
                LANGUAGE     | ''   | is empty
                """)
        void withBadValuesAreRefusedByName(String name, String value, String expected) {
            env.put(name, value);

            assertThat(problems(env)).singleElement().asString().contains("'" + name + "'", expected);
        }
    }

    @Nested
    class FromTheEnvironmentOfABatchJob {

        /** The environment of a seed job (its Ruby tiler's, in VTUL/iiif_s3_docker), less what its script added. */
        private final Map<String, String> process = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("AWS_EXECUTION_ENV", "AWS_ECS_EC2"),
                Map.entry("HOSTNAME", "ip-10-0-0-172.ec2.internal"),
                Map.entry("CSV_PATH", "federated/sfd"),
                Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("PWD", "/usr/local/iiif/tmp/tmp.yDYXrixBk7"),
                Map.entry("AWS_DEST_BUCKET", "tile-refactor-test"),
                Map.entry("AWS_BATCH_JQ_NAME", "vtdlp-iiif-tiling-service-IIIFS3JobQueue"),
                Map.entry("HOME", "/root"),
                Map.entry("LANG", "C.UTF-8"),
                Map.entry("DEST_PREFIX", "federated"),
                Map.entry("AWS_BATCH_JOB_ATTEMPT", "1"),
                Map.entry("DEST_URL", "https://federated-pprd.dlp.cloud.lib.vt.edu"),
                Map.entry("AWS_SRC_BUCKET", "ingest-dev-vtlib-store"),
                Map.entry("ACCESS_DIR", "federated/sfd/sfdst001001/Access/"),
                Map.entry("CSV_NAME", "sfd_apr5_archive_metadata.csv"),
                Map.entry("COLLECTION_IDENTIFIER", "sfd"),
                Map.entry("PATH", "/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                Map.entry("AWS_BATCH_JOB_ID", "b3950125-abda-4cc8-b71e-445b4343c8a5")));

        @Test
        void readsTheTaskAndIgnoresOtherVariables() {
            TaskSpec spec = TaskSpecs.fromEnvironment(process, "process environment");

            assertThat(spec.source()).isEqualTo("process environment");
            assertThat(spec.jobName()).isNull();
            assertThat(spec.sourceBucket()).isEqualTo("ingest-dev-vtlib-store");
            assertThat(spec.accessDir()).isEqualTo("federated/sfd/sfdst001001/Access/");
            assertThat(spec.csvKey()).isEqualTo("federated/sfd/sfd_apr5_archive_metadata.csv");
            assertThat(spec.destinationBucket()).isEqualTo("tile-refactor-test");
            assertThat(spec.destinationPrefix()).isEqualTo("federated/sfd");
            assertThat(spec.baseUrl()).isEqualTo("https://federated-pprd.dlp.cloud.lib.vt.edu/federated/sfd");
            assertThat(spec.collectionId()).isEqualTo("sfd");
            assertThat(spec.objectId()).isEqualTo("sfdst001001");
            assertThat(spec.settings()).isEmpty();
        }

        @Test
        void appliesOurOptions() {
            process.put("TILE_SIZE", "512");
            process.put("IIIF_VERSION", "2");

            assertThat(TaskSpecs.fromEnvironment(process, "process environment").settings())
                    .containsExactly(Map.entry(VERSION, "2"), Map.entry(TILE_SIZE, "512"));
        }

        @Test
        void stillChecksTheKnownVariables() {
            process.put("TILE_SIZE", "huge");
            process.remove("AWS_SRC_BUCKET");

            InvalidTaskException e = catchThrowableOfType(InvalidTaskException.class,
                    () -> TaskSpecs.fromEnvironment(process, "process environment"));

            assertThat(e.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem).startsWith("process environment: "));
            assertThat(String.join("\n", e.problems())).contains("'TILE_SIZE'", "'AWS_SRC_BUCKET'");
        }
    }

    private static TaskSpec spec(Map<String, String> environment) {
        return TaskSpecs.from(task(environment));
    }

    private static List<String> problems(Map<String, String> environment) {
        return problems(task(environment));
    }

    private static List<String> problems(TaskFile task) {
        return catchThrowableOfType(InvalidTaskException.class, () -> TaskSpecs.from(task)).problems();
    }

    private static TaskFile task(Map<String, String> environment) {
        return new TaskFile(SOURCE, "job1", "iiifjq", "iiifjd:3", "./createiiif.sh", environment);
    }

    private static Map<String, String> environment(String resource) {
        return new LinkedHashMap<>(resource(resource).environment());
    }

    private static TaskFile resource(String name) {
        try (InputStream in = TaskSpecsTest.class.getResourceAsStream("/tasks/" + name)) {
            return new TaskFileReader().read(in, "tasks/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
