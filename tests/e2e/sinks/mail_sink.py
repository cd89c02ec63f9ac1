#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for the delivery tests (Debian's python3-aiosmtpd).

Every message it accepts is written to DIR/NNN.json with its envelope and what Python's own
email parser reads in it: the headers, each MIME part decoded, and any defects. The tests
check those, so the message is read by a parser that is not ours.

    mail_sink.py --dir DIR --port-file FILE [--fail-first N] [--require-tls]

--fail-first N answers the first N messages with "451 try again later" (a temporary
failure), to test retries. The chosen port is written to FILE once the server listens.
"""
import argparse
import email
import email.policy
import os
import signal
import socket
import threading

from aiosmtpd.controller import Controller

from sink_files import write_atomically, write_message


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def describe(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    headers = {}
    for name, value in message.items():
        headers.setdefault(name.lower(), []).append(str(value))
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        parts.append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "encoding": part.get("Content-Transfer-Encoding", ""),
            "body": part.get_content(),
        })
    return {
        "headers": headers,
        "content_type": message.get_content_type(),
        "parts": parts,
        "defects": [str(defect) for defect in message.defects]
        + [str(defect) for part in message.walk() for defect in part.defects],
    }


class Sink:
    def __init__(self, directory, fail_first):
        self.directory = directory
        self.fail_left = fail_first
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.fail_left > 0:
                self.fail_left -= 1
                return "451 4.3.0 Try again later"
            self.count += 1
            number = self.count
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "raw": envelope.original_content.decode("utf-8", "replace"),
        }
        record.update(describe(envelope.original_content))
        write_message(self.directory, number, record)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    port = free_port()
    controller = Controller(Sink(args.dir, args.fail_first), hostname="127.0.0.1", port=port)
    controller.start()
    write_atomically(args.port_file, str(port))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
