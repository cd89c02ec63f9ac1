"""What the test servers share: writing each received message, and the port, atomically, so a
test never reads half a file."""
import json
import os


def write_atomically(path, text):
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(path + ".tmp", path)


def write_message(directory, number, record):
    """Writes `record` as DIR/NNN.json."""
    write_atomically(os.path.join(directory, "%03d.json" % number),
                     json.dumps(record, ensure_ascii=False, indent=1))
