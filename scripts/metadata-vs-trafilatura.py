#!/usr/bin/env python3
"""newsclean's metadata against trafilatura's, field by field, on the benchmark's HTML pages.

    scripts/metadata-vs-trafilatura.py [DATA_DIR] [--binary BIN] [--disagreements FILE]

DATA_DIR is the folder holding html/*.html.gz and ground-truth.json (default
../shared/data/aeb, relative to the repository). BIN defaults to target/release/newsclean.
Needs python3 and trafilatura (pip install trafilatura); nothing else.

Fields compared:
  published  newsclean `published` vs trafilatura `date`: agree when the same calendar day
  authors    newsclean `authors` (else `byline`, which names agencies and outlets too) vs
             trafilatura `author`: agree when the same set of names after lower-casing and
             dropping "By", punctuation, and splitting on ",", ";", "|", "&", "and"
  title      newsclean `title` vs trafilatura `title`: agree when equal after normalising
             case, punctuation and spaces, or when one contains the other
  language   newsclean `language` vs trafilatura `language` (trafilatura sets it only when
             asked for a target language and py3langid is installed; by default it is empty)
Also counts newsclean `published` values that are not valid RFC 3339 (or a date alone).
"""
import argparse
import datetime
import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata

import trafilatura
from trafilatura.metadata import extract_metadata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm_text(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


def norm_names(s):
    """A set of normalised person names from a byline or author string."""
    if not s:
        return frozenset()
    if isinstance(s, list):
        parts = s
    else:
        s = re.sub(r"^\s*by\s+", "", s, flags=re.I)
        parts = re.split(r"\s*(?:;|,|\||&|\band\b|\bund\b)\s*", s, flags=re.I)
    out = set()
    for p in parts:
        p = re.sub(r"^\s*by\s+", "", p or "", flags=re.I)
        p = norm_text(p)
        if p:
            out.add(p)
    return frozenset(out)


def day(value):
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return m.group(1) if m else None


def valid_rfc3339(value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            datetime.date.fromisoformat(value)
            return True
        except ValueError:
            return False
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
        return False
    try:
        dt = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return dt.tzinfo is not None


def titles_agree(a, b):
    a, b = norm_text(a), norm_text(b)
    return a == b or (a and b and (a in b or b in a))


def newsclean(binary, path):
    out = subprocess.run([binary, "-f", "json", path], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"newsclean failed on {path}: {out.stderr.strip()}", file=sys.stderr)
        return {}
    return json.loads(out.stdout)


def decode(raw):
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default="../shared/data/aeb")
    ap.add_argument("--binary", default="target/release/newsclean")
    ap.add_argument("--disagreements", metavar="FILE", help="write the disagreements here (JSON lines)")
    args = ap.parse_args()
    data = args.data if os.path.isabs(args.data) else os.path.join(REPO, args.data)
    binary = args.binary if os.path.isabs(args.binary) else os.path.join(REPO, args.binary)
    truth = {}
    gt = os.path.join(data, "ground-truth.json")
    if os.path.exists(gt):
        with open(gt, encoding="utf-8") as f:
            truth = json.load(f)

    fields = ["published", "authors", "title", "language"]
    counts = {k: dict(nc=0, tr=0, both=0, agree=0) for k in fields}
    disagreements = []
    invalid = []
    pages = sorted(p for p in os.listdir(os.path.join(data, "html")) if p.endswith(".html.gz"))
    for name in pages:
        pid = name[: -len(".html.gz")]
        path = os.path.join(data, "html", name)
        nc = newsclean(binary, path)
        with gzip.open(path, "rb") as f:
            html = decode(f.read())
        url = (truth.get(pid) or {}).get("url")
        tr = extract_metadata(html, default_url=url)
        tr = tr.as_dict() if tr is not None else {}

        pub = nc.get("published")
        if pub and not valid_rfc3339(pub):
            invalid.append((pid, pub))
        nc_names = norm_names(nc.get("authors") or nc.get("byline"))
        tr_names = norm_names(tr.get("author"))
        pairs = {
            "published": (pub, tr.get("date"), day(pub) == day(tr.get("date"))),
            "authors": (
                {"authors": nc.get("authors"), "byline": nc.get("byline")} if nc_names else None,
                tr.get("author"),
                nc_names == tr_names,
            ),
            "title": (nc.get("title"), tr.get("title"), titles_agree(nc.get("title"), tr.get("title"))),
            "language": (nc.get("language"), tr.get("language"),
                         (nc.get("language") or "").split("-")[0] == (tr.get("language") or "").split("-")[0]),
        }
        for field, (a, b, same) in pairs.items():
            c = counts[field]
            c["nc"] += bool(a)
            c["tr"] += bool(b)
            if a and b:
                c["both"] += 1
                c["agree"] += bool(same)
                if not same:
                    disagreements.append(dict(page=pid, field=field, newsclean=a, trafilatura=b, url=url))
            elif a or b:
                disagreements.append(dict(page=pid, field=field, newsclean=a, trafilatura=b, url=url, only=True))

    print(f"pages {len(pages)}; trafilatura {trafilatura.__version__}")
    print(f"{'field':<10} {'newsclean':>9} {'trafilatura':>11} {'both':>5} {'agree':>5}")
    for field in fields:
        c = counts[field]
        print(f"{field:<10} {c['nc']:>9} {c['tr']:>11} {c['both']:>5} {c['agree']:>5}")
    print(f"published not valid RFC 3339: {len(invalid)} of {counts['published']['nc']}")
    for pid, v in invalid:
        print(f"  {pid}: {v}")
    if args.disagreements:
        with open(args.disagreements, "w", encoding="utf-8") as f:
            for d in disagreements:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        both = sum(1 for d in disagreements if not d.get("only"))
        print(f"{both} disagreements where both found a value, {len(disagreements) - both} found by one side only: {args.disagreements}")


if __name__ == "__main__":
    main()
