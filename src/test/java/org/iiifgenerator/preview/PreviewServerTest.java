package org.iiifgenerator.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server as browsers and viewers talk to it: types, CORS, HEAD, and nothing outside the folder. */
class PreviewServerTest {

    private static final String SECRET = "outside the served folder";

    @TempDir
    Path dir;

    private Path published;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        published = dir.resolve("output");
        write("collection/top.json", "{\"type\": \"Collection\"}");
        write("tiles/a-1/info.json", "{}");
        write("tiles/a-1/full/max/0/default.jpg", "jpeg bytes");
        write("tiles/a-1/full/max/0/default.webp", "webp bytes");
        write("Pièce jointe 1/manifest.json", "{}");
        write("pages/page.html", "<p>");
        write("pages/app.js", "let a;");
        write("pages/style.css", "p {}");
        write("pages/logo.png", "png bytes");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(published.resolve("link-out.txt"), dir.resolve("secret.txt"));
        server = PreviewServer.start(published, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/collection/top.json                       | application/json",
            "/tiles/a-1/info.json                       | application/json",
            "/Pi%C3%A8ce%20jointe%201/manifest.json     | application/json",
            "/tiles/a-1/full/max/0/default.jpg          | image/jpeg",
            "/tiles/a-1/full/max/0/default.webp         | image/webp",
            "/pages/logo.png                            | image/png",
            "/pages/page.html                           | text/html; charset=utf-8",
            "/pages/app.js                              | text/javascript; charset=utf-8",
            "/pages/style.css                           | text/css; charset=utf-8"})
    void servesFilesWithTheirContentTypeAndCors(String path, String contentType) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.body()).isNotEmpty();
    }

    @Test
    void answersACorsPreflight() throws Exception {
        HttpResponse<String> response = http.send(request("/tiles/a-1/info.json")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://viewer.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "range").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("range");
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/tiles/a-1/full/max/0/default.jpg")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf("jpeg bytes".length()));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aMissingFileOrAFolderIsNotFoundWithCors() throws Exception {
        for (String path : new String[] {"/tiles/a-1/0,0,256,256/256,256/0/default.jpg", "/tiles/a-1", "/tiles/"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        }
    }

    /** A run's work folder in the output, a file being written beside its target: never served. */
    @Test
    void hiddenFilesAndFoldersAreNotServed() throws Exception {
        write(".iiif-work/run-1/image-1/info.json", "{}");
        write("tiles/.put-1.tmp", "half written");

        for (String path : new String[] {"/.iiif-work/run-1/image-1/info.json", "/tiles/.put-1.tmp",
                "/%2eiiif-work/run-1/image-1/info.json"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/tiles/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/tiles/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/_viewer/../../secret.txt",
            "/_viewer/%2e%2e/%2e%2e/secret.txt"})
    void noSpellingOfAPathReachesOutsideTheFolder(String rawPath) throws IOException {
        String response = rawGet(rawPath);

        assertThat(response).as(rawPath).startsWith("HTTP/1.1 400").doesNotContain(SECRET);
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheFolderIsNotFollowed() throws IOException {
        assertThat(rawGet("/link-out.txt")).startsWith("HTTP/1.1 404").doesNotContain(SECRET);
    }

    @Test
    void onlyReads() throws Exception {
        HttpResponse<String> response = http.send(request("/collection/top.json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(published.resolve("collection/top.json")).content().contains("Collection");
    }

    @Test
    void theRootLeadsToTheViewerPages() throws Exception {
        for (String path : new String[] {"/", "/_viewer"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValue(PreviewServer.VIEWER_PATH);
        }
    }

    @Test
    void servesTheViewerPagesAndTheBundledViewers() throws Exception {
        assertThat(get("/_viewer/").body()).contains("<title>");
        for (String path : new String[] {"/_viewer/mirador.html", "/_viewer/openseadragon.html",
                "/_viewer/lib/openseadragon/openseadragon.min.js", "/_viewer/lib/openseadragon/images/home_rest.png",
                "/_viewer/lib/mirador/mirador.min.js", "/_viewer/lib/THIRD-PARTY-LICENCES.txt"}) {
            assertThat(get(path).statusCode()).as("%s, bundled by the build", path).isEqualTo(200);
        }
        assertThat(get("/_viewer/lib/").statusCode()).as("no listing of the classpath").isEqualTo(404);
        assertThat(get("/_viewer/lib/openseadragon").statusCode()).isEqualTo(404);
    }

    @Test
    void listsWhatTheFolderHoldsForTheIndexPage() throws Exception {
        HttpResponse<String> response = get("/_viewer/" + ViewerFiles.CONTENTS);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("\"collection\":{\"name\":\"collection/top.json\"",
                "\"path\":\"/Pi%C3%A8ce%20jointe%201/manifest.json\"", "\"path\":\"/tiles/a-1/info.json\"");
    }

    @Test
    void itsUrlIsLocalhostWithThePortItListensOn() {
        assertThat(server.url().toString()).matches("http://localhost:[1-9][0-9]*/");
        assertThat(server.viewerUrl()).isEqualTo(server.url().resolve("_viewer/"));
    }

    private void write(String key, String content) throws IOException {
        Path file = published.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private HttpRequest.Builder request(String rawPath) {
        return HttpRequest.newBuilder(server.url().resolve(URI.create(rawPath)));
    }

    private HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        return http.send(request(rawPath).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The whole response to a GET of {@code rawPath} exactly as written, which no URL class would keep as is. */
    private String rawGet(String rawPath) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
