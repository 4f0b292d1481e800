#!/usr/bin/env bash
# Crawl-archive benchmark: builds a WARC from the ScrapingHub benchmark pages
# (scripts/make-warc.py: each page COPIES times, noise and damaged records mixed in), checks that
# every article in it cleans to the same paragraphs as its page given as a file, and compares
# speed and peak memory with the same pages as files.
#
#   scripts/warc-bench.sh [WORKDIR]            # default WORKDIR: /tmp/newsclean-warc-bench
#   COPIES=6 BIG=60 JOBS=2 scripts/warc-bench.sh
#
# Rows: articles/s from newsclean's own summary line (cleaned + failed over wall time), CPU
# time (user + system: the steadier figure on a shared machine), wall time and peak RSS from
# /usr/bin/time -v. Needs python3, GNU time and the pages in
# $NEWSCLEAN_DATA/aeb/html, by default ../shared/data/aeb/html (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/newsclean-warc-bench}
COPIES=${COPIES:-6}
BIG=${BIG:-60}
JOBS=${JOBS:-2}
PAGES=${PAGES:-${NEWSCLEAN_DATA:-../shared/data}/aeb/html}
cargo build --release --quiet
BIN=$PWD/target/release/newsclean
mkdir -p "$WORK"

[ -f "$WORK/x$COPIES.warc.gz" ] || python3 scripts/make-warc.py "$WORK/x$COPIES.warc.gz" --copies "$COPIES" --pages "$PAGES"
[ -f "$WORK/x$BIG.warc.gz" ] || python3 scripts/make-warc.py "$WORK/x$BIG.warc.gz" --copies "$BIG" --pages "$PAGES"
# The same pages as files, COPIES times (hard links: the page cache holds them).
if [ ! -d "$WORK/files" ]; then
    for k in $(seq 0 $((COPIES - 1))); do
        mkdir -p "$WORK/files/c$k"
        ln "$PAGES"/*.html.gz "$WORK/files/c$k/"
    done
fi

measure() { # LABEL ARGS...
    local label=$1; shift
    /usr/bin/time -v "$BIN" -f jsonl -j "$JOBS" "$@" > "$WORK/$label.jsonl" 2> "$WORK/$label.err" || true
    python3 - "$label" "$WORK/$label.err" <<'EOF'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
m = re.search(r"newsclean: (\d+) cleaned, \d+ skipped, (\d+) failed; .* in ([\d.]+) s", text)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", text).group(1)) for k in ("User", "System"))
n = int(m.group(1)) + int(m.group(2))
print(f"{label:>10}: {n} articles in {float(m.group(3)):.1f} s = {n / float(m.group(3)):.0f} articles/s; "
      f"CPU {cpu:.1f} s = {n / cpu:.0f} articles per CPU-second; wall {wall}; peak RSS {rss / 1024:.1f} MB")
EOF
}

measure files "$WORK/files"
measure warc-x$COPIES "$WORK/x$COPIES.warc.gz"
measure warc-x$BIG "$WORK/x$BIG.warc.gz"
grep -h "records read" "$WORK"/warc-x*.err

# Same paragraphs: each article of the archive against its page cleaned as a file.
python3 - "$WORK/files.jsonl" "$WORK/warc-x$COPIES.jsonl" <<'EOF'
import json, os, sys
files = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    if "paragraphs" in d:
        files[os.path.basename(d["source"])[: -len(".html.gz")]] = d["paragraphs"]
same = differ = errors = 0
for line in open(sys.argv[2]):
    d = json.loads(line)
    if "error" in d:
        errors += 1
        continue
    pid = d["fetched_url"].split("/aeb/")[1].split("?")[0]
    if files.get(pid) == d["paragraphs"]:
        same += 1
    else:
        differ += 1
        print(f"differs: {pid}", file=sys.stderr)
print(f"paragraphs: {same} articles the same as their page as a file, {differ} differ; {errors} error lines")
EOF
