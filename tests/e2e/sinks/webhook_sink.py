#!/usr/bin/python3
"""A real HTTP server on 127.0.0.1 that records webhook posts for the delivery tests.

Every POST is written to DIR/NNN.json with its path, Content-Type and body (parsed as JSON
when it is JSON). --fail-first N answers the first N posts with 503 (a temporary failure).

    webhook_sink.py --dir DIR --port-file FILE [--fail-first N]
"""
import argparse
import http.server
import json
import os
import threading

from sink_files import write_atomically, write_message


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    state = {"fail_left": args.fail_first, "count": 0}
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                if state["fail_left"] > 0:
                    state["fail_left"] -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                state["count"] += 1
                number = state["count"]
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
            record = {"path": self.path, "content_type": self.headers.get("Content-Type", ""),
                      "body": body.decode("utf-8", "replace"), "json": parsed}
            write_message(args.dir, number, record)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *_):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    write_atomically(args.port_file, str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
