package org.iiifgenerator.testsupport;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** An in-process SQS (ElasticMQ) on a free loopback port. */
public final class ElasticMqServer implements AutoCloseable {

    private final SQSRestServer server;
    private final int port;

    private ElasticMqServer(int port) {
        this.port = port;
        this.server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port).start();
        server.waitUntilStarted();
    }

    public static ElasticMqServer start() {
        return new ElasticMqServer(FreePort.find());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
