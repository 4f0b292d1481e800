#!/usr/bin/env python3
"""Build a crawl archive (WARC/1.1, one gzip member per record, as crawlers write it) from the
ScrapingHub benchmark pages, for the WARC benchmark and the cluster check.

    scripts/make-warc.py OUT.warc.gz [--copies N] [--pages DIR] [--clean]

Each page (`DIR/<id>.html.gz` or `DIR/<id>.html`) goes in N times as an HTTP 200 `response` record, each copy with
its own `WARC-Record-ID` and `WARC-Target-URI` (`https://archive.example/aeb/<id>?copy=<k>`), so
an article line can be traced back to its page. The HTTP header names no charset: the page is
decoded exactly as the same page given as a file. Unless --clean, every 50th record is
followed by noise the reader must get past: a `request` record, a `metadata` record, a PDF
response, a 404 and a 301 response, and every 200th by a damaged gzip member. Standard library
only; deterministic (same input, same bytes).
"""

import argparse
import glob
import gzip
import hashlib
import os
import sys


def record(kind, rid, uri, block, content_type="application/http; msgtype=response"):
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\n"
        "WARC-Date: 2026-12-03T08:00:00Z\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http(status, content_type, body):
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def uuid(*parts):
    h = hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def member(data):
    # mtime=0: the same input gives the same bytes.
    return gzip.compress(data, compresslevel=6, mtime=0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--copies", type=int, default=6)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--pages", default=os.path.join(os.environ.get("NEWSCLEAN_DATA", os.path.join(here, "..", "..", "shared", "data")), "aeb", "html"))
    ap.add_argument("--clean", action="store_true", help="no noise records")
    a = ap.parse_args()
    pages = sorted(glob.glob(os.path.join(a.pages, "*.html.gz")) + glob.glob(os.path.join(a.pages, "*.html")))
    if not pages:
        sys.exit(f"make-warc: no *.html.gz or *.html pages in {a.pages}")
    bodies = []
    for p in pages:
        name = os.path.basename(p)
        if name.endswith(".gz"):
            bodies.append((name[: -len(".html.gz")], gzip.open(p).read()))
        else:
            with open(p, "rb") as f:
                bodies.append((name[: -len(".html")], f.read()))
    counts = {"pages": 0, "noise": 0, "damaged": 0}
    n = 0
    tmp = a.out + ".part"
    with open(tmp, "wb") as out:
        for k in range(a.copies):
            for pid, body in bodies:
                uri = f"https://archive.example/aeb/{pid}?copy={k}"
                out.write(member(record("response", uuid(pid, k), uri, http("200 OK", "text/html", body))))
                counts["pages"] += 1
                n += 1
                if a.clean:
                    continue
                if n % 50 == 0:
                    noise = [
                        record("request", uuid(pid, k, "req"), uri, b"GET / HTTP/1.1\r\nHost: archive.example\r\n\r\n",
                               "application/http; msgtype=request"),
                        record("metadata", uuid(pid, k, "meta"), uri, b"fetchTimeMs: 120\r\n",
                               "application/warc-fields"),
                        record("response", uuid(pid, k, "pdf"), uri + "&pdf",
                               http("200 OK", "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")),
                        record("response", uuid(pid, k, "404"), uri + "&gone",
                               http("404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>")),
                        record("response", uuid(pid, k, "301"), uri + "&moved",
                               http("301 Moved Permanently", "text/html", b"")),
                    ]
                    for r in noise:
                        out.write(member(r))
                    counts["noise"] += len(noise)
                if n % 200 == 0:
                    z = bytearray(member(record("response", uuid(pid, k, "bad"), uri + "&bad",
                                                http("200 OK", "text/html", body))))
                    mid = len(z) // 2
                    for i in range(mid, min(mid + 32, len(z))):
                        z[i] ^= 0xA5
                    out.write(bytes(z))
                    counts["damaged"] += 1
    os.replace(tmp, a.out)
    total = counts["pages"] + counts["noise"] + counts["damaged"]
    print(f"make-warc: {a.out}: {total} records ({counts['pages']} pages, {counts['noise']} "
          f"noise, {counts['damaged']} damaged), {os.path.getsize(a.out) / 1e6:.1f} MB",
          file=sys.stderr)


if __name__ == "__main__":
    main()
