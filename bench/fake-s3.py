#!/usr/bin/env python3
"""An S3 endpoint that has every bucket and no object: enough for the long-lived container to start and poll
with S3 answering, without the cost of a real S3 server in a start-up measurement.

    bench/fake-s3.py PORT"""
import http.server
import sys

EMPTY_LISTING = (b'<?xml version="1.0" encoding="UTF-8"?>'
                 b'<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                 b'<Name>tasks</Name><Prefix></Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys>'
                 b'<IsTruncated>false</IsTruncated></ListBucketResult>')


class Bucket(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(200)
        self.end_headers()

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(EMPTY_LISTING)))
        self.end_headers()
        self.wfile.write(EMPTY_LISTING)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Bucket).serve_forever()
