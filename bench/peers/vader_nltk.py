"""Scores every line of a file with NLTK's VADER, as a user would script it, and prints how
fast: the benchmark's Python peer (bench/README.md).

    python3 vader_nltk.py UTTERANCES LEXICON

UTTERANCES holds one text per line; LEXICON is a VADER lexicon, the benchmark passes the npm
package's vader_lexicon.txt so that both peers and salescoach score with the same words. Only
the scoring loop is timed. Prints one JSON line: {"peer", "version", "runtime", "utterances",
"seconds", "compound_sum"}.
"""

import json
import os
import platform
import sys
import tempfile
import time

import nltk
from nltk.sentiment.vader import SentimentIntensityAnalyzer


def load_analyzer(lexicon_path):
    # NLTK 3.8 splits the lexicon on "\n" and fails on the empty line after a final newline,
    # which the npm package's file has; NLTK is given a copy without it.
    with open(lexicon_path, encoding="utf-8") as source:
        text = source.read().rstrip("\n")
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, "vader_lexicon.txt")
        with open(copy, "w", encoding="utf-8") as target:
            target.write(text)
        return SentimentIntensityAnalyzer(lexicon_file="file:" + copy)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 vader_nltk.py UTTERANCES LEXICON\n")
        return 2
    utterances_path, lexicon_path = argv
    analyzer = load_analyzer(lexicon_path)
    with open(utterances_path, encoding="utf-8") as source:
        texts = [line for line in source.read().split("\n") if line]

    start = time.perf_counter()
    compound_sum = 0.0
    for text in texts:
        compound_sum += analyzer.polarity_scores(text)["compound"]
    seconds = time.perf_counter() - start

    print(json.dumps({
        "peer": "NLTK VADER (python3-nltk)",
        "version": nltk.__version__,
        "runtime": "python " + platform.python_version(),
        "utterances": len(texts),
        "seconds": seconds,
        "compound_sum": compound_sum,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
