package org.iiifgenerator.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.app.ExitCodes;
import org.iiifgenerator.app.IiifGenerator;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.ViewerRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Output published for a production URL, previewed here: the documents served name this server, so a viewer that
 * follows them from the collection reaches every manifest, info.json, tile and size here; the files stay as they
 * were published.
 */
class RebasedPreviewTest {

    private static final String PRODUCTION = "https://cdn.example.org/iiif/Coll_1/Box1";

    @TempDir
    static Path dir;

    private static Path out;
    private static PreviewServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void publishForProductionAndServe() throws IOException {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a/p1.jpg"), 600, 400, 1);
        TestImages.image(images.resolve("a/p2.jpg"), 300, 500, 2);
        TestImages.image(images.resolve("b.jpg"), 500, 200, 3);
        Path csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\na,Letter A\nb,Photograph B\n");
        out = dir.resolve("out");
        assertThat(new CommandLine(new IiifGenerator()).execute("local", "--images", images.toString(), "--csv",
                csv.toString(), "--out", out.toString(), "--base-url", PRODUCTION + "/", "--tile-size", "128"))
                .isEqualTo(ExitCodes.OK);
        server = PreviewServer.start(out, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), PRODUCTION);
    }

    @AfterAll
    static void stop() {
        server.close();
        HTTP.close();
    }

    @Test
    void everythingTheCollectionLeadsToIsServedHere() throws Exception {
        String local = server.url().toString();
        JsonNode collection = PresentationSchema.assertValid(document(local + "collection/top.json"), "top.json");
        assertThat(collection.path("id").asText()).isEqualTo(local + "collection/top.json");

        Set<String> services = new TreeSet<>();
        for (JsonNode item : collection.path("items")) {
            String manifestUrl = item.path("id").asText();
            assertThat(manifestUrl).startsWith(local);
            JsonNode manifest = PresentationSchema.assertValid(document(manifestUrl), manifestUrl);
            manifest.findValues("service").forEach(list -> list.forEach(service ->
                    services.add(service.path("id").asText())));
            for (JsonNode image : manifest.findValues("body")) {
                assertThat(status(image.path("id").asText())).as(image.path("id").asText()).isEqualTo(200);
            }
        }
        assertThat(services).as("the services of the canvases and their thumbnails").hasSize(3);
        for (String service : services) {
            assertThat(service).startsWith(local + "tiles/");
            JsonNode info = Json.parse(document(service + "/info.json"));
            assertThat(info.path("id").asText()).isEqualTo(service);
            for (String url : ViewerRequests.of(info)) {
                assertThat(status(service + "/" + url)).as(url).isEqualTo(200);
            }
        }
        assertThat(new String(document(local + "collection/index.jsonl"))).contains(local + "a/manifest.json")
                .doesNotContain(PRODUCTION);
    }

    @Test
    void theFilesStayAsPublishedAndOtherFilesAreServedAsTheyAre() throws Exception {
        assertThat(out.resolve("a/manifest.json")).content().contains(PRODUCTION + "/a/manifest.json");
        byte[] tile = Files.readAllBytes(out.resolve("tiles/b-1/full/max/0/default.jpg"));
        assertThat(document(server.url() + "tiles/b-1/full/max/0/default.jpg")).isEqualTo(tile);
    }

    private static byte[] document(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).as(url).hasValue(response.body().length);
        return response.body();
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
