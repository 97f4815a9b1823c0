package org.iiifgenerator.testsupport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP/1.1 reverse proxy on a loopback port in front of an S3 server, which answers a share of the requests
 * with a fault instead of passing them on, as S3 and the networks in front of it do now and then: an
 * InternalError (500), a SlowDown (503), or a connection closed without an answer; and, when asked for, a GET
 * whose answer is cut off partway through its body. A fault comes after the whole request has been read, so that
 * a client that sent a body (after {@code Expect: 100-continue}, which the proxy grants at once) sees the failure
 * where a real server would have failed. To try a client's timeouts, it can also leave every request unanswered;
 * and it can cut the network for a while, dropping every connection meanwhile.
 *
 * <p>Requests that pass are sent on one by one, each on a connection of its own, and the answers are copied
 * back byte for byte; the Host header is left as the client signed it. Which requests fail is drawn from a
 * seeded {@link Random}: the same seed gives the same sequence of draws (which request gets which draw depends
 * on the order concurrent requests arrive in). Every request and fault is counted.
 */
public final class FaultInjectingProxy implements AutoCloseable {

    /** What a faulty request gets instead of its answer. */
    public enum Fault {
        INTERNAL_ERROR(500, "Internal Server Error", "InternalError",
                "We encountered an internal error. Please try again."),
        SLOW_DOWN(503, "Slow Down", "SlowDown", "Please reduce your request rate."),
        DROPPED_CONNECTION(0, null, null, null),
        /**
         * The server's answer to a GET, its head and the first half of its body, then the connection closed: what
         * a client streaming an object sees when the network drops midway. Only a GET gets it, as only a request
         * that changes nothing may be carried out by the server without its client learning so. An answer with no
         * body to cut is lost whole.
         */
        TRUNCATED_BODY(0, null, null, null);

        private final int status;
        private final String reason;
        private final String code;
        private final String message;

        Fault(int status, String reason, String code, String message) {
            this.status = status;
            this.reason = reason;
            this.code = code;
            this.message = message;
        }
    }

    /** The faults drawn unless told otherwise: those that fit every request. */
    private static final List<Fault> ANSWERLESS = List.of(Fault.INTERNAL_ERROR, Fault.SLOW_DOWN,
            Fault.DROPPED_CONNECTION);

    private final URI upstream;
    private final ServerSocket listener;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Random random;
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    private List<Fault> drawnFrom = ANSWERLESS;
    private int requests;
    private double share;
    /** The numbers (from 1) of the first and last request of an outage, in which every request fails. */
    private int outageFrom = Integer.MAX_VALUE;
    private int outageTo = Integer.MAX_VALUE;
    private boolean stalling;
    /** While a cut lasts (System.nanoTime() before this), every connection is dropped without an answer. */
    private long cutUntil = Long.MIN_VALUE;
    private int cutAfter = Integer.MAX_VALUE;
    private Duration cutFor;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<String, Integer> metTheCut = new ConcurrentHashMap<>();

    private FaultInjectingProxy(URI upstream, long seed) throws IOException {
        this.upstream = upstream;
        this.random = new Random(seed);
        this.listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fault-proxy-accept").start(this::accept);
    }

    /** A proxy to {@code upstream} that passes everything on until told otherwise. */
    public static FaultInjectingProxy start(URI upstream, long seed) throws IOException {
        return new FaultInjectingProxy(upstream, seed);
    }

    /** Where clients send their requests: {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort());
    }

    /** From now on this share of requests (0 to 1) fails, each with one of the faults drawn at random. */
    public synchronized FaultInjectingProxy faultShare(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("A share is between 0 and 1: " + share);
        }
        this.share = share;
        return this;
    }

    /**
     * From now on a failing request gets one of these faults, e.g. {@link Fault#TRUNCATED_BODY} alone to cut off
     * every GET's answer in an outage. A request that draws a fault which does not fit it (a truncated body for
     * anything but a GET) passes: the draws stay those of the seed whatever the requests are.
     */
    public synchronized FaultInjectingProxy drawingFrom(Fault... faults) {
        if (faults.length == 0) {
            throw new IllegalArgumentException("Draw from at least one fault");
        }
        this.drawnFrom = List.copyOf(EnumSet.copyOf(List.of(faults)));
        return this;
    }

    /** Every request after the first {@code requests} (counted from the proxy's start) fails: an outage. */
    public FaultInjectingProxy failEveryRequestAfter(int requests) {
        return failRequests(requests + 1, Integer.MAX_VALUE);
    }

    /** Requests {@code first} to {@code last} (counted from 1 at the proxy's start) all fail: a short outage. */
    public synchronized FaultInjectingProxy failRequests(int first, int last) {
        this.outageFrom = first;
        this.outageTo = last;
        return this;
    }

    /** Ends an outage: the requests from now on pass (unless drawn by a fault share). */
    public synchronized FaultInjectingProxy recover() {
        this.outageTo = requests;
        return this;
    }

    /**
     * The network between client and S3 is cut for {@code duration}, from the first request after the first
     * {@code requests}: every request meanwhile loses its connection without an answer, as a client sees a link
     * that went down; the requests after it pass again.
     */
    public synchronized FaultInjectingProxy cutConnectionsAfter(int requests, Duration duration) {
        this.cutAfter = requests;
        this.cutFor = duration;
        return this;
    }

    /** The requests that lost their connection to a cut, by request line, and how many times each did. */
    public Map<String, Integer> metTheCut() {
        return Map.copyOf(metTheCut);
    }

    /**
     * How many times each request was sent, by its request line (method and target, query included): one attempt
     * of the client each, as S3 clients send a request again unchanged.
     */
    public Map<String, Integer> attempts() {
        return Map.copyOf(attempts);
    }

    /**
     * From now on no request is answered, and no connection closed by the proxy: a server or network that hangs,
     * which only the client's timeouts end. Such requests are counted, not as faults.
     */
    public synchronized FaultInjectingProxy stallEveryRequest() {
        this.stalling = true;
        return this;
    }

    /** Requests received whole, faulty or not. */
    public synchronized int requests() {
        return requests;
    }

    /** How many requests got each fault. */
    public synchronized Map<Fault, Integer> faults() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        for (Fault fault : Fault.values()) {
            counts.put(fault, faults.getOrDefault(fault, 0));
        }
        return counts;
    }

    public synchronized int faultCount() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        connections.shutdownNow();
    }

    private synchronized boolean stalls() {
        return stalling;
    }

    /** Counts the request and draws its fate: null to pass it on. */
    private synchronized Fault draw(HttpMessage request) {
        requests++;
        attempts.merge(request.startLine(), 1, Integer::sum);
        if (stalling) {
            return null;
        }
        if (requests > cutAfter && cutUntil == Long.MIN_VALUE) {
            cutUntil = System.nanoTime() + cutFor.toNanos();
        }
        if (System.nanoTime() < cutUntil) {
            metTheCut.merge(request.startLine(), 1, Integer::sum);
            faults.merge(Fault.DROPPED_CONNECTION, 1, Integer::sum);
            return Fault.DROPPED_CONNECTION;
        }
        boolean outage = requests >= outageFrom && requests <= outageTo;
        boolean fails = outage || (share > 0 && random.nextDouble() < share);
        Fault fault = fails ? drawnFrom.get(random.nextInt(drawnFrom.size())) : null;
        if (fault == null || (fault == Fault.TRUNCATED_BODY && !request.method().equals("GET"))) {
            return null;
        }
        faults.merge(fault, 1, Integer::sum);
        return fault;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                connections.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** The requests of one client connection, in turn, until either side closes it or a fault drops it. */
    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            for (HttpMessage request = HttpMessage.read(in); request != null; request = HttpMessage.read(in)) {
                if (request.hasHeaderValue("Expect", "100-continue")) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                request.copyBody(false, in, body);
                Fault fault = draw(request);
                if (fault == null && stalls()) {
                    // Until the client gives up and closes the connection.
                    in.transferTo(OutputStream.nullOutputStream());
                    return;
                }
                if (fault == Fault.DROPPED_CONNECTION) {
                    return;
                }
                boolean open = fault == null || fault == Fault.TRUNCATED_BODY
                        ? forward(request.without("Expect"), body.toByteArray(), out, fault != null)
                        : answer(fault, request, out);
                if (!open || request.hasHeaderValue("Connection", "close")) {
                    return;
                }
            }
        } catch (IOException clientGone) {
            // The client closed the connection, or the proxy is closing.
        } finally {
            open.remove(client);
        }
    }

    /** An S3 error document, as S3 sends it (a HEAD answer has no body). */
    private boolean answer(Fault fault, HttpMessage request, OutputStream out) throws IOException {
        String requestId = "fault-" + System.nanoTime();
        byte[] body = request.method().equals("HEAD") ? new byte[0] : ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Error><Code>" + fault.code + "</Code><Message>" + fault.message + "</Message><RequestId>"
                + requestId + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + fault.status + " " + fault.reason + "\r\nContent-Type: application/xml\r\n"
                + "x-amz-request-id: " + requestId + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return true;
    }

    /**
     * Sends the request on and copies its answer back, or only the first half of it when {@code cut}; false when
     * the answer ended with its connection, so the client's must end too.
     */
    private boolean forward(HttpMessage request, byte[] body, OutputStream out, boolean cut) throws IOException {
        try (Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
            OutputStream toServer = new BufferedOutputStream(server.getOutputStream());
            request.write(toServer);
            toServer.write(body);
            toServer.flush();
            InputStream fromServer = new BufferedInputStream(server.getInputStream());
            HttpMessage response = HttpMessage.read(fromServer);
            // Interim answers (100 Continue) were the proxy's to give.
            while (response != null && response.status() / 100 == 1) {
                response = HttpMessage.read(fromServer);
            }
            if (response == null) {
                throw new EOFException("The server closed the connection without answering " + request.startLine());
            }
            int status = response.status();
            boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304;
            if (cut) {
                cutOff(response, bodyless, fromServer, out);
                return false;
            }
            response.write(out);
            boolean open = response.copyBody(bodyless, fromServer, out);
            out.flush();
            return open && !response.hasHeaderValue("Connection", "close");
        }
    }

    /** The head of the answer and the first half of its body as it came on the wire (length-framed or chunked). */
    private static void cutOff(HttpMessage response, boolean bodyless, InputStream fromServer, OutputStream out)
            throws IOException {
        ByteArrayOutputStream wholeBody = new ByteArrayOutputStream();
        response.copyBody(bodyless, fromServer, wholeBody);
        if (wholeBody.size() == 0) {
            return;
        }
        response.write(out);
        out.write(wholeBody.toByteArray(), 0, wholeBody.size() / 2);
        out.flush();
    }
}
