#!/usr/bin/env python3
"""Validate fixtures/artefacts/forms.tsv and print its counts.

    scripts/check-forms.py [PATH]        # default: fixtures/artefacts/forms.tsv

Checks: the header; 8 tab-separated fields on every row, none empty or padded; unique ids of
the form FAMILY-NNN; known family, kind and split values; a two-letter language code; a `seen`
that is a URL or a code-index reference; slot names from the documented vocabulary; and the
split rule (dev when the first byte of SHA-256 of the publisher's UTF-8 name is even, held
otherwise), which also makes every publisher's rows share one split. Exits 1 on any error.
Standard library only.
"""

import collections
import hashlib
import re
import sys
from pathlib import Path

HEADER = ["id", "family", "form", "kind", "publisher", "language", "seen", "split"]
FAMILIES = {
    "template", "paywall", "share", "advert", "related", "newsletter", "app", "audio-video",
    "social-embed", "disclaimer", "platform-notice", "comments", "gallery", "caption-credit",
    "navigation", "cookie", "timestamp", "counter", "syndication",
}
KINDS = {"line", "inline", "both"}
SLOTS = {
    "name", "NAME", "handle", "date", "time", "weekday", "year", "n", "i", "duration",
    "headline", "title", "caption", "text", "sentence", "section", "agency", "credit", "source",
    "publication", "publisher", "platform", "provider", "feed", "company", "code", "reason",
}
# A slot is {word} not touching another brace, so "{{{headline}}}" stays literal text.
SLOT_RE = re.compile(r"(?<!\{)\{([A-Za-z_]+)\}(?!\})")
SEEN_RE = re.compile(r"^(https?://\S+|code-index:\d+)$")


def split_of(publisher: str) -> str:
    return "dev" if hashlib.sha256(publisher.encode("utf-8")).digest()[0] % 2 == 0 else "held"


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "fixtures/artefacts/forms.tsv")
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errors = []
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"header must be: {' '.join(HEADER)}")
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            errors.append(f"line {no}: {len(fields)} fields, want {len(HEADER)}")
            continue
        row = dict(zip(HEADER, fields))
        for key, value in row.items():
            if not value.strip():
                errors.append(f"line {no}: empty {key}")
            elif value != value.strip():
                errors.append(f"line {no}: {key} has leading or trailing whitespace")
        if row["family"] not in FAMILIES:
            errors.append(f"line {no}: unknown family {row['family']!r}")
        if not re.fullmatch(re.escape(row["family"]) + r"-\d{3}", row["id"]):
            errors.append(f"line {no}: id {row['id']!r} is not {row['family']}-NNN")
        if row["kind"] not in KINDS:
            errors.append(f"line {no}: unknown kind {row['kind']!r}")
        if not re.fullmatch(r"[a-z]{2}", row["language"]):
            errors.append(f"line {no}: language {row['language']!r} is not ISO 639-1")
        if not SEEN_RE.match(row["seen"]):
            errors.append(f"line {no}: seen {row['seen']!r} is not a URL or code-index:N")
        for slot in SLOT_RE.findall(row["form"]):
            if slot not in SLOTS:
                errors.append(f"line {no}: unknown slot {{{slot}}}")
        if row["split"] != split_of(row["publisher"]):
            errors.append(f"line {no}: split {row['split']!r} breaks the rule for {row['publisher']!r}")
        rows.append(row)

    ids = collections.Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    pairs = collections.Counter((r["form"], r["publisher"]) for r in rows)
    errors += [f"duplicate form {f!r} for {p}" for (f, p), n in pairs.items() if n > 1]
    by_pub = collections.defaultdict(set)
    for r in rows:
        by_pub[r["publisher"]].add(r["split"])
    errors += [f"publisher {p!r} is in both splits" for p, s in by_pub.items() if len(s) > 1]

    for e in errors:
        print("error:", e, file=sys.stderr)

    pubs = {r["publisher"]: r["split"] for r in rows}
    print(f"rows {len(rows)}, publishers {len(pubs)}, languages {len({r['language'] for r in rows})}")
    split_rows = collections.Counter(r["split"] for r in rows)
    split_pubs = collections.Counter(pubs.values())
    for s in ("dev", "held"):
        print(f"split {s}: {split_rows[s]} rows, {split_pubs[s]} publishers")
    print(f"{'family':16} {'rows':>5} {'dev':>5} {'held':>5} {'publishers':>11}")
    for fam in sorted(FAMILIES):
        fr = [r for r in rows if r["family"] == fam]
        c = collections.Counter(r["split"] for r in fr)
        print(f"{fam:16} {len(fr):5} {c['dev']:5} {c['held']:5} {len({r['publisher'] for r in fr}):11}")
    langs = collections.Counter(r["language"] for r in rows)
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    kinds = collections.Counter(r["kind"] for r in rows)
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
