#!/usr/bin/env python3
"""For each label of the real-pages answer key, prints the claims (with their fact frames) that parallax-cli
annotate finds in the sentences of both quotes: the quickest way to see why a disagreement is missed.

Usage (from the project root, after a build; the pages rebuilt as ../shared/corpus/real-pages/README.md says):
  scripts/claims-at-labels.py [--cli build/dev/app/parallax-cli] [--pages $REAL_PAGES] [--kinds hard,internal]
"""
import argparse
import importlib.util
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "dev", "app", "parallax-cli"))
    ap.add_argument("--pages", default=os.environ.get("REAL_PAGES") or os.path.join(tempfile.gettempdir(), "real-pages"))
    ap.add_argument("--kinds", default="hard,internal", help="label kinds: hard, soft, internal, look-alike")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "tools", "score-conflicts.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    labels, lookalikes, _ = score.parse_notes(os.path.join(SHARED, "corpus", "real-pages", "NOTES.md"))
    kinds = args.kinds.split(",")
    cache = {}

    def annotate(path):
        if path not in cache:
            out = subprocess.run([args.cli, "annotate", os.path.join(args.pages, path), "--json"],
                                 capture_output=True, text=True, check=False).stdout
            cache[path] = json.loads(out)
        return cache[path]

    for lab in labels + lookalikes:
        if lab.kind not in kinds:
            continue
        print(f"== {lab.name} [{lab.kind}] {lab.description[:90]}")
        for path, quote in lab.sides:
            d = annotate(path)
            text = d["text"].encode()
            hits = []
            for c in d["claims"]:
                sentence = text[c["start"]:c["end"]].decode("utf-8", "replace")
                if score.overlaps(sentence, quote):
                    frame = json.dumps(c.get("frame", {}), ensure_ascii=False)
                    hits.append(f"{c['kind']}|{c['subject']}|{c['attribute']}|{c['value']}|{frame}")
            print(f"   {os.path.basename(path)[:28]} «{quote[:50]}» -> {hits if hits else 'no claim'}")


if __name__ == "__main__":
    main()
