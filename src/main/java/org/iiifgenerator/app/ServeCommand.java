package org.iiifgenerator.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a published output folder on this machine, with CORS, and the bundled viewers "
                + "(OpenSeadragon, Mirador) at /_viewer/, which list the collection, the manifests and the image "
                + "services. Runs until Ctrl-C.",
                "The documents' ids name where their images are: publish with a --base-url this server answers "
                        + "(http://localhost:8000 by default) to preview a collection here, or serve output "
                        + "published for another base URL with --rewrite-base-url."})
public final class ServeCommand implements Callable<Integer> {

    /** The port of the default base URL (iiif.base-url, http://localhost:8000). */
    static final String DEFAULT_PORT = "8000";
    private static final int PORT_MAX = 65_535;
    private static final String ADDRESS_EXAMPLES = "such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network "
            + "interface).";

    @Parameters(paramLabel = "DIR", description = "The output folder (the --out of local; output/ of the demo's).")
    Path folder;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}, the port of the default base URL "
                    + "http://localhost:8000; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for "
                    + "every network interface).")
    String bind;

    @Option(names = "--rewrite-base-url", paramLabel = "URL",
            description = "The base URL the folder was published for (its --base-url or DEST_URL + prefix, such as "
                    + "https://cdn.example.org/iiif/Coll_1/Box1): the JSON documents served (info.json, manifests, "
                    + "the collection, index.jsonl) name this server instead, so production output can be browsed "
                    + "here. The files are not changed.")
    String rewriteBaseUrl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            System.err.println("Not a folder: " + folder.toAbsolutePath());
            return ExitCodes.INVALID;
        }
        if (port < 0 || port > PORT_MAX) {
            System.err.println("--port " + port + " is not a port: give one from 1 to " + PORT_MAX
                    + ", or 0 for a free one.");
            return ExitCodes.INVALID;
        }
        if (rewriteBaseUrl != null && !isHttpUrl(rewriteBaseUrl)) {
            System.err.println("--rewrite-base-url " + rewriteBaseUrl + " is not an http(s) URL: give the base URL "
                    + "the folder was published for, such as https://cdn.example.org/iiif.");
            return ExitCodes.INVALID;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("--bind " + bind + " is not a known host name or address: give an address of this "
                    + "machine, " + ADDRESS_EXAMPLES);
            return ExitCodes.INVALID;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(folder, new InetSocketAddress(address, port), rewriteBaseUrl);
        } catch (SocketException e) {
            System.err.println(whyNotListening(address, e));
            return ExitCodes.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        printWhereToLook(System.out, server);
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The operating system's reason alone ("Cannot assign requested address") does not say which option to change. */
    private String whyNotListening(InetAddress address, SocketException e) throws SocketException {
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                && NetworkInterface.getByInetAddress(address) == null) {
            return "--bind " + bind + " is not an address of this machine: give one of its addresses, "
                    + ADDRESS_EXAMPLES;
        }
        return "Cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "): another server may use that "
                + "port; choose another with --port.";
    }

    private void printWhereToLook(PrintStream out, PreviewServer server) {
        out.println("Serving " + folder.toAbsolutePath() + " at " + server.url() + " (CORS: any origin)");
        out.println("Viewers (OpenSeadragon, Mirador): " + server.viewerUrl());
        if (Files.isRegularFile(folder.resolve(OutputLayout.COLLECTION_KEY))) {
            out.println("Collection, for any IIIF viewer: " + server.url().resolve(OutputLayout.COLLECTION_KEY));
            String published = PublishedBaseUrl.of(folder.resolve(OutputLayout.COLLECTION_KEY));
            if (rewriteBaseUrl != null) {
                out.println("Ids under " + rewriteBaseUrl + " are served as " + server.url());
            } else if (published != null && !server.url().toString().equals(published + "/")) {
                out.println("The documents name " + published + ", not this server: to browse them here, serve "
                        + "with --rewrite-base-url " + published);
            }
        }
        out.println("Press Ctrl-C to stop.");
    }
}
