package org.iiifgenerator.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputLayoutTest {

    private static final String BASE = "https://d21nnzi4oh5qvs.cloudfront.net/iawa/Women_of_Design";
    private final OutputLayout layout = new OutputLayout(BASE);

    @Nested
    class ImageServices {

        @Test
        void areStaticUnderTheBaseUrlUnlessAnImageServerServesTheTiffs() {
            assertThat(layout.imageServiceUrl("Ms2016_012", 7)).isEqualTo(BASE + "/tiles/Ms2016_012-7");

            OutputLayout served = new OutputLayout(BASE, new ImageServer("https://images.example.org/iiif/3",
                    "iawa/Women_of_Design/"));
            assertThat(served.imageServiceUrl("Ms2016_012", 7)).as("the TIFF's key in its bucket, one path segment")
                    .isEqualTo("https://images.example.org/iiif/3/iawa%2FWomen_of_Design%2Ftiff%2FMs2016_012-7");
        }

        @Test
        void anImageServerIdentifierIsPercentEncodedUtf8() {
            OutputLayout served = new OutputLayout(BASE, new ImageServer("https://images.example.org/iiif/3", ""));

            assertThat(served.imageServiceUrl("Jōmon 縄文", 1))
                    .isEqualTo("https://images.example.org/iiif/3/tiff%2FJ%C5%8Dmon%20%E7%B8%84%E6%96%87-1");
        }
    }

    @Nested
    class Keys {

        @Test
        void followTheSchemeOfTheReplacedSystem() {
            assertThat(layout.manifestKey("Ms2016_012")).isEqualTo("Ms2016_012/manifest.json");
            assertThat(layout.imageServiceKey("Ms2016_012", 7)).isEqualTo("tiles/Ms2016_012-7");
            assertThat(OutputLayout.COLLECTION_KEY).isEqualTo("collection/top.json");
        }

        @Test
        void theCsvIsKeptUnderTheCollectionFolderWithASafeName() {
            assertThat(layout.csvKey("metadata.csv")).isEqualTo("collection/metadata.csv");
            assertThat(layout.csvKey("box 2/metadata?.csv")).isEqualTo("collection/box 2_metadata_.csv");
        }

        @Test
        void seedUrlsDoNotChange() {
            String key = layout.imageServiceKey(KeySegments.of("Ms2016_012_Womens_Development_Corp"), 1);

            assertThat(layout.url(key)).isEqualTo(BASE + "/tiles/Ms2016_012_Womens_Development_Corp-1");
        }
    }

    @Nested
    class Urls {

        @Test
        void arePercentEncodedAsUtf8() {
            assertThat(layout.url("Caf\u00e9 letters/manifest.json"))
                    .isEqualTo(BASE + "/Caf%C3%A9%20letters/manifest.json");
        }

        @Test
        void keepCommasOfIiifRegionAndSizeSegments() {
            assertThat(layout.url("tiles/ms-1-1/0,0,512,512/256,256/0/default.jpg"))
                    .isEqualTo(BASE + "/tiles/ms-1-1/0,0,512,512/256,256/0/default.jpg");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Letter to Jane", "Caf\u00e9", "Cafe\u0301", "日本語", "Box2/Folder19", "what?",
                "item#3", "100%", "a+b", ".hidden", "", "Ms2016_012_Womens_Development_Corp"})
        void ofAnIdentifiersManifestParseAsAUriWhosePathIsTheKey(String identifier) throws URISyntaxException {
            assertUrlDecodesToKey(layout.manifestKey(KeySegments.of(identifier)));
        }

        @Test
        void ofAKeyWithUrlSyntaxCharactersStillDecodeToTheKey() throws URISyntaxException {
            assertUrlDecodesToKey("a%20b+c?d#e;f=g&h/page 1.json");
        }

        private void assertUrlDecodesToKey(String key) throws URISyntaxException {
            URI uri = new URI(layout.url(key));

            assertThat(uri.getQuery()).isNull();
            assertThat(uri.getFragment()).isNull();
            assertThat(uri.getHost()).isEqualTo("d21nnzi4oh5qvs.cloudfront.net");
            assertThat(uri.getPath()).isEqualTo("/iawa/Women_of_Design/" + key);
        }
    }

    @Nested
    class BaseUrl {

        @Test
        void trailingSlashesAndSurroundingSpacesAreTrimmed() {
            OutputLayout trimmed = new OutputLayout("  https://iiif.example.org/collection/// ");

            assertThat(trimmed.baseUrl()).isEqualTo("https://iiif.example.org/collection");
            assertThat(trimmed.url("collection/top.json"))
                    .isEqualTo("https://iiif.example.org/collection/collection/top.json");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost:8000", "https://iiif.example.org", "HTTPS://iiif.example.org/a/b"})
        void httpAndHttpsUrlsAreAccepted(String url) {
            assertThat(new OutputLayout(url).baseUrl()).isEqualTo(url);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://iiif.example.org/collection", "file:///srv/iiif", "iiif.example.org/collection",
                "https://iiif.example.org/collection?version=3", "https://iiif.example.org/collection#top",
                "https:///collection", "https://iiif.example.org/my collection"})
        void anythingElseIsRejectedWithAMessageNamingTheUrl(String url) {
            assertThatIllegalArgumentException().isThrownBy(() -> new OutputLayout(url))
                    .withMessageContaining("'" + url + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void aMissingUrlIsRejectedWithAnExample(String url) {
            assertThatIllegalArgumentException().isThrownBy(() -> new OutputLayout(url))
                    .withMessageContaining("No base URL").withMessageContaining("https://");
        }
    }
}
