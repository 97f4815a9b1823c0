package org.iiifgenerator.preview;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a published output folder over HTTP on this machine, as a bucket or web server would serve it (CORS,
 * Content-Types), with the bundled viewer pages under {@link #VIEWER_PATH}. Read-only: GET, HEAD and CORS
 * preflights.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the viewer pages are; reserved, so a published key starting with it is not reachable here. */
    public static final String VIEWER_PATH = "/_viewer/";

    private final HttpServer server;
    private final ExecutorService executor;

    private PreviewServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code folder} at {@code address} (port 0: a free port). */
    public static PreviewServer start(Path folder, InetSocketAddress address) throws IOException {
        return start(folder, address, null);
    }

    /**
     * As {@link #start(Path, InetSocketAddress)}, the JSON documents naming this server instead of
     * {@code publishedBaseUrl}, the base URL the folder was published for (null: served as they are).
     */
    public static PreviewServer start(Path folder, InetSocketAddress address, String publishedBaseUrl)
            throws IOException {
        FolderFiles files = new FolderFiles(folder);
        HttpServer server = HttpServer.create(address, 0);
        FileHandler published = new FileHandler(new RequestPath(List.of()), publishedBaseUrl == null ? files
                : new RebasedFiles(files, publishedBaseUrl, urlOf(server.getAddress()).toString()));
        handle(server, "/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/") || path.equals(VIEWER_PATH.substring(0, VIEWER_PATH.length() - 1))) {
                try (exchange) {
                    Responses.redirect(exchange, VIEWER_PATH);
                }
            } else {
                published.handle(exchange);
            }
        });
        handle(server, VIEWER_PATH, new FileHandler(RequestPath.parse(VIEWER_PATH).orElseThrow(),
                new ViewerFiles(files.root())));
        // One virtual thread per request: a viewer asks for dozens of tiles at once.
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new PreviewServer(server, executor);
    }

    private static void handle(HttpServer server, String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(new CorsFilter());
    }

    /**
     * The server's root URL, as a browser on this machine opens it: {@code localhost} when it listens on the
     * loopback or on every interface.
     */
    public URI url() {
        return urlOf(server.getAddress());
    }

    private static URI urlOf(InetSocketAddress address) {
        InetAddress host = address.getAddress();
        String name = host.isLoopbackAddress() || host.isAnyLocalAddress() ? "localhost"
                : host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + address.getPort() + "/");
    }

    public URI viewerUrl() {
        return url().resolve(VIEWER_PATH.substring(1));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
