#!/usr/bin/env python3
"""End-to-end check that reports of hostile articles show the text and run nothing.

Usage: hostile_report_check.py PARALLAX_CLI HOSTILE_DIR WORK_DIR
Writes the HTML, Markdown, CSV and JSON reports of HOSTILE_DIR and checks each; when Chromium is installed,
opens the HTML report headless with every host name mapped to a local counting server and checks that no
script ran and no request left. Prints 'N passed, N failed'.
"""
import csv
import http.server
import io
import json
import re
import os
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser

CLI, HOSTILE, WORK = sys.argv[1:4]
csv.field_size_limit(sys.maxsize)  # the hostile corpus has 130k-character lines
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def report(ext, *extra):
    out = os.path.join(WORK, f"hostile.{ext}")
    proc = subprocess.run([CLI, "report", HOSTILE, "-o", out, "--db", ":memory:", "--full-text", *extra],
                          capture_output=True, text=True, timeout=300)
    check(proc.returncode == 0, f"report .{ext} exits 0 (got {proc.returncode}: {proc.stderr[-500:]})")
    with open(out, encoding="utf-8") as f:
        return f.read()


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.bad_attrs, self.csp = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad_attrs.append((tag, name, value))
        d = dict(attrs)
        if tag == "meta" and (d.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = d.get("content")


os.makedirs(WORK, exist_ok=True)
html = report("html")
p = Elements()
p.feed(html)
for tag in ("script", "iframe", "object", "embed", "img", "link", "form", "base", "svg"):
    check(tag not in p.tags, f"HTML report has no <{tag}> element")
check(p.tags.count("style") == 1, "HTML report has exactly its own <style>")
check(not p.bad_attrs, f"HTML report has no event handler or javascript: attribute {p.bad_attrs[:3]}")
check(p.csp and "default-src 'none'" in p.csp and "script-src" not in p.csp, f"CSP forbids scripts and loads: {p.csp}")
check("&lt;script" in html, "the hostile <script> is shown as text")

md = report("md")
check("<script" not in md and "<img" not in md, "Markdown has no raw HTML from articles")
check(not re.search(r"(?<!\\)\]\(\s*javascript:", md), "Markdown has no javascript: link")

rows = list(csv.reader(io.StringIO(report("csv"), newline="")))
check(len(rows) >= 1 and rows[0][0] == "id", "CSV has its header")
check(all(not c or c[0] not in "=+-@" for r in rows for c in r), "no CSV cell starts a formula")

doc = json.loads(report("json"))
check(doc.get("schema") == "parallax.report/1", "JSON report follows the contract")

pdf = os.path.join(WORK, "hostile.pdf")
proc = subprocess.run([CLI, "report", HOSTILE, "-o", pdf, "--db", ":memory:"], capture_output=True, text=True, timeout=300)
check(proc.returncode == 0, f"report .pdf exits 0 ({proc.stderr[-300:]})")
if shutil.which("pdftotext") and os.path.exists(pdf):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    check("Parallax comparison report" in text and "Page 1 of" in text, "PDF has the report and page numbers")
    check("<img src=x onerror" in text or "onerror" in text, "PDF shows hostile markup as text")

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("chromium not installed: browser check skipped")
else:
    hits = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0]
            # Chromium's own services (time sync, updates) are not the page's requests.
            if not host.endswith(("google.com", "googleapis.com", "gvt1.com", "gstatic.com")):
                hits.append(host + self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    profile = os.path.join(WORK, "chromium-profile")
    html_path = os.path.abspath(os.path.join(WORK, "hostile.html"))
    proc = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--disable-features=NetworkTimeServiceQuerying",
                           f"--user-data-dir={profile}", f"--host-resolver-rules=MAP * 127.0.0.1:{port}",
                           "--virtual-time-budget=3000", "--dump-dom", "file://" + html_path],
                          capture_output=True, text=True, timeout=120)
    server.shutdown()
    dom = proc.stdout
    check(proc.returncode == 0 and "Parallax comparison report" in dom, "Chromium renders the report")
    after = Elements()
    after.feed(dom)
    # A script that ran would have added elements or attributes; the DOM after load must match the file's.
    check(after.tags.count("script") == 0 and not after.bad_attrs, "no script element or handler after load")
    check(len(after.tags) <= len(p.tags) + 3, f"no elements added at run time ({len(after.tags)} vs {len(p.tags)})")
    check(not hits, f"no request left the page (got {hits})")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
