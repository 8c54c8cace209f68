#!/usr/bin/env python3
"""Builds context-counts.tsv, the word-pair counts that the real-word check's context model reads.

Why: a confusion such as "the stat of" (start) or "a better change of" (chance) breaks no grammar
rule; only how often each word of the confusion set stands between those neighbours tells them
apart. The counts come from English text that ships with Debian: the manual pages installed under
/usr/share/man/man[1-8] (run `apt-get install man-db manpages manpages-dev` for more text). Only
counts are kept, never text: every word seen at least 3 times, and for each word of a confusion
set (confusion-sets.txt) the words seen just before and just after it, pairs seen at least twice.

Usage: python3 build-context-counts.py > context-counts.tsv
Output lines: "N<TAB>total", "U<TAB>word<TAB>count", "L<TAB>before<TAB>word<TAB>count",
"R<TAB>word<TAB>after<TAB>count"; words are lower case, punctuation . , ; : ! ? ( ) is a word.
"""
import collections
import glob
import gzip
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTBOOK = ["two; tow", "its; it's", "of; off", "they're; their", "you're; your", "who's; whose", "the; they"]
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[.,;:!?()]")
ESCAPE = re.compile(r"\\\(..|\\\[[^\]]*\]|\\f.|\\.")


def confusion_vocabulary():
    words = set()
    with open(os.path.join(HERE, "confusion-sets.txt"), encoding="utf8") as f:
        lines = [line.strip() for line in f] + TEXTBOOK
    for line in lines:
        if not line or line.startswith("#"):
            continue
        for part in re.split(r";|->", line):
            words.add(part.strip().lower())
    return words


def manual_text():
    """Running text of the English manual pages: roff requests dropped, escapes removed."""
    for path in sorted(glob.glob("/usr/share/man/man[1-8]/*.gz")):
        try:
            with gzip.open(path, "rt", encoding="utf8", errors="ignore") as f:
                for line in f:
                    if line.startswith((".", "'")):
                        continue
                    yield ESCAPE.sub(" ", line).replace("’", "'").lower()
        except (OSError, EOFError):
            continue


def main():
    vocabulary = confusion_vocabulary()
    every = collections.Counter()
    before = collections.Counter()
    after = collections.Counter()
    previous = "."
    for line in manual_text():
        for word in WORD.findall(line):
            every[word] += 1
            if word in vocabulary:
                before[(previous, word)] += 1
            if previous in vocabulary:
                after[(previous, word)] += 1
            previous = word
    print(f"N\t{sum(every.values())}")
    for word, n in sorted(every.items()):
        if n >= 3:
            print(f"U\t{word}\t{n}")
    for (a, b), n in sorted(before.items()):
        if n >= 2:
            print(f"L\t{a}\t{b}\t{n}")
    for (a, b), n in sorted(after.items()):
        if n >= 2:
            print(f"R\t{a}\t{b}\t{n}")


if __name__ == "__main__":
    main()
