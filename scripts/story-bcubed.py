#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of the stories in an analyze JSON against the generator's truth.

parallax_generate_corpus writes each article under story<K>/, so an article id (its path relative to the
analysed folder) names the story it was generated for: the first path component is the truth.

    scripts/story-bcubed.py OUT.json            # prints stories found, generated, P, R, F1
    scripts/story-bcubed.py OUT.json --min-f1 0.98   # exit 1 below that F1
"""
import argparse
import json
import sys
from collections import Counter


def truth_of(article_id):
    # "story12/a345.txt" -> "story12"; a made-unique id ("...#2") keeps its folder
    return article_id.replace("\\", "/").split("/", 1)[0]


def bcubed(clusters):
    """clusters: list of lists of article ids (each article in exactly one). Returns (P, R, F1, n)."""
    found_of = {}
    for k, members in enumerate(clusters):
        for a in members:
            found_of[a] = k
    truth_sizes = Counter(truth_of(a) for a in found_of)
    # For each (found cluster, truth class) cell the count of articles in both.
    cells = Counter((found_of[a], truth_of(a)) for a in found_of)
    found_sizes = Counter(found_of.values())
    n = len(found_of)
    if n == 0:
        return 0.0, 0.0, 0.0, 0
    # B-cubed per article: precision = |same found & same truth| / |same found|; summed per cell it is c*c/size.
    p = sum(c * c / found_sizes[k] for (k, t), c in cells.items()) / n
    r = sum(c * c / truth_sizes[t] for (k, t), c in cells.items()) / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json")
    ap.add_argument("--min-f1", type=float, default=None)
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        doc = json.load(f)
    clusters = [s["articles"] for s in doc.get("stories", [])]
    p, r, f1, n = bcubed(clusters)
    generated = len({truth_of(a) for c in clusters for a in c})
    print(f"articles {n}  stories found {len(clusters)}  generated {generated}  "
          f"B-cubed P {p:.4f}  R {r:.4f}  F1 {f1:.4f}")
    if args.min_f1 is not None and f1 < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
