#!/usr/bin/env python3
"""Size ladder: feeds the readers and the annotator inputs of 1x, 2x, 4x, 8x and 16x a base size and prints
the CPU time of each run and the ratio to the run half its size. A linear stage stays near 2 per doubling;
a quadratic one climbs towards 4.

    scripts/size-ladder.py [--cli build/dev/app/parallax-cli] [--steps 5] [--timeout 120] [CASE ...]

Inputs are generated under $LADDER_TMP (default /tmp/parallax-ladder), never in the repository. CPU time
(user + system of the child) is reported, not wall time: on a shared machine wall time mostly measures the
other processes. A run over --timeout seconds is stopped and shown as "> N s"; the ladder of that case stops.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NAMES = ["Alder Quay", "Brin Solar", "Corvid Labs", "Dunmore Rail", "Elm Street Bank", "Farrow Mining"]


def news_paragraphs(n):
    """Short news paragraphs dense in numbers, dates and names (the annotator's excluded spans and mentions)."""
    out = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        out.append(f"On {1 + i % 28} March 2024, {name} said revenue rose {i % 90 + 5}% to ${i % 700 + 10}.{i % 10} "
                   f"million. Chief executive Mara Ellis told analysts {1000 + i} units shipped in Q{1 + i % 4}.")
    return out


def text_paragraphs(n):
    title = "Quarterly Results Across The Sector\n\n"
    return title + "\n\n".join(news_paragraphs(n)) + "\n"


def html_paragraphs(n):
    body = "".join(f"<p>{p}</p>\n" for p in news_paragraphs(n))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quarterly results</title></head>"
            f"<body><article><h1>Quarterly results across the sector</h1>{body}</article></body></html>\n")


def mhtml_paragraphs(n):
    html = html_paragraphs(n)
    return ("From: <Saved by Blink>\r\nSubject: Quarterly results\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----B\"\r\n\r\n"
            "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n"
            "Content-Location: https://example.org/results\r\n\r\n" + html + "\r\n------B--\r\n")


def coined(i):
    """A distinct capitalised word per number: "Kb", "Kc", ... "Kbaa"."""
    word, i = "", i + 1
    while i:
        word, i = chr(97 + i % 26) + word, i // 26
    return "K" + word


def markdown_table(columns):
    """One table row of many names, every other one of two words: each cell is a mention, and each one-word
    name is looked up among the full names before and after it (pairwise that was quadratic)."""
    cells = [f"met {coined(i)} {coined(i + 1)}" if i % 2 else f"met {coined(i)}" for i in range(columns)]
    return ("# Holdings\n\nThe table lists the holdings.\n\n| " + " | ".join(cells) + " |\n|" +
            "---|" * columns + "\n| " + " | ".join("x" for _ in range(columns)) + " |\n")


def markdown_brackets(n):
    return "# Notes\n\nA line of brackets follows.\n\n" + "[" * n + " end of line.\n"


def markdown_nested_links(n):
    return "# Notes\n\nNested links follow.\n\n" + "[" * n + "label" + "](https://example.org/)" * n + "\n"


def markdown_angles(n):
    return "# Notes\n\nAngle brackets follow.\n\n" + "<" * n + "b>\n"


def one_long_line(kib):
    sentence = "The council approved 12 projects worth $4.5 million on 3 March 2024 after a long debate. "
    return (sentence * (kib * 1024 // len(sentence) + 1))[: kib * 1024] + "\n"


# name: (description, base size, unit, file suffix, generator, parallax-cli command)
CASES = {
    "text-annotate": ("plain text paragraphs, annotate", 1250, "paragraphs", ".txt", text_paragraphs, "annotate"),
    "html-annotate": ("HTML paragraphs, annotate", 1250, "paragraphs", ".html", html_paragraphs, "annotate"),
    "mhtml-extract": ("MHTML page of paragraphs, extract", 1250, "paragraphs", ".mhtml", mhtml_paragraphs, "extract"),
    "md-table": ("Markdown table columns, annotate", 3125, "columns", ".md", markdown_table, "annotate"),
    "md-brackets": ("Markdown line of '[', extract", 6250, "brackets", ".md", markdown_brackets, "extract"),
    "md-nested-links": ("Markdown nested links, extract", 500, "levels", ".md", markdown_nested_links, "extract"),
    "md-angles": ("Markdown line of '<', extract", 6250, "angles", ".md", markdown_angles, "extract"),
    "long-line": ("one long text line, extract", 64, "KiB", ".txt", one_long_line, "extract"),
    # The whole pipeline on one page, up to the stalls of issue 11: 16x is 100k paragraphs (14 MB of HTML in an
    # MHTML) and a 20 MiB line. Past the per-article budget (core/model/budget.h) the later stages stay flat.
    "mhtml-analyze": ("MHTML page of paragraphs, analyze", 6250, "paragraphs", ".mhtml", mhtml_paragraphs, "analyze"),
    "long-line-analyze": ("one long text line, analyze", 1280, "KiB", ".txt", one_long_line, "analyze"),
}


def run(cli, command, path, timeout):
    """CPU seconds of one parallax-cli run, or None when it ran past the timeout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = [cli, command, path, "--json"]
    if command == "analyze":
        # analyze reads a folder: the file alone in its own, no cache, JSON to /dev/null
        folder = path + ".d"
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):
            os.remove(os.path.join(folder, old))
        os.link(path, os.path.join(folder, os.path.basename(path)))
        args = [cli, command, folder, "--no-cache", "--threads", "1", "--json", os.devnull]
    try:
        proc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.stderr.write(f"size-ladder: {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-300:]}\n")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/dev/app/parallax-cli"))
    ap.add_argument("--steps", type=int, default=5, help="sizes 1x, 2x, ... 2^(steps-1)x (default 5: up to 16x)")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("cases", nargs="*", help=f"any of {', '.join(CASES)} (default all)")
    opts = ap.parse_args()
    os.environ.setdefault("PARALLAX_RESOURCES", os.path.join(ROOT, "resources"))
    tmp = os.environ.get("LADDER_TMP", "/tmp/parallax-ladder")
    os.makedirs(tmp, exist_ok=True)
    worst = 0.0
    print(f"{'case':<16} {'size':>14} {'MB':>7} {'cpu s':>8} {'x prev':>7}")
    for name in opts.cases or CASES:
        desc, base, unit, suffix, make, command = CASES[name]
        previous = None
        for step in range(opts.steps):
            size = base << step
            path = os.path.join(tmp, f"{name}-{size}{suffix}")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(make(size))
            mb = os.path.getsize(path) / 1e6
            seconds = run(opts.cli, command, path, opts.timeout)
            label = f"{size} {unit}"
            if seconds is None:
                print(f"{name:<16} {label:>14} {mb:7.2f} {'> %g' % opts.timeout:>8} {'':>7}")
                break
            # ratios of runs under 0.05 s say more about process start-up than about the stage
            ratio = seconds / previous if previous and previous >= 0.05 else None
            if ratio:
                worst = max(worst, ratio)
            print(f"{name:<16} {label:>14} {mb:7.2f} {seconds:8.2f} {('%.2f' % ratio) if ratio else '':>7}")
            previous = seconds
            sys.stdout.flush()
    print(f"worst ratio per doubling: {worst:.2f}")


if __name__ == "__main__":
    main()
