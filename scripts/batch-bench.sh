#!/usr/bin/env bash
# Batch-mode benchmark: builds a corpus of N files from the fixtures (and the ScrapingHub
# benchmark pages in $NEWSCLEAN_DATA/aeb/html/*.html.gz, by default ../shared/data, when
# present: see docs/benchmarks.md),
# then times `newsclean CORPUS --out OUT` at -j 1 and -j 2, and peak memory at 20,000 vs
# 100,000 files.
#
#   scripts/batch-bench.sh [WORKDIR]          # default WORKDIR: /tmp/newsclean-bench
#   SIZES="20000 100000" JOBS="1 2" RECORDS=5000 scripts/batch-bench.sh
#
# Corpus files are hard links to the sources (fast to make, little disk; the page cache holds
# them, so this measures cleaning, not the disk). Each row: files/s and MB/s (input bytes,
# gzip as stored) from newsclean's own summary line; wall time, CPU time and peak RSS from
# /usr/bin/time -v. Needs python3 (corpus) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/newsclean-bench}
SIZES=${SIZES-"20000 100000"}
JOBS=${JOBS-"1 2"}
AEB=${AEB:-${NEWSCLEAN_DATA:-../shared/data}/aeb/html}
RECORDS=${RECORDS-5000}

cargo build --release --quiet
BIN=$PWD/target/release/newsclean
mkdir -p "$WORK"
rm -rf "$WORK/runs"

make_corpus() { # N DIR
    python3 - "$1" "$2" "$AEB" <<'EOF'
import os, sys, glob
n, root, aeb = int(sys.argv[1]), sys.argv[2], sys.argv[3]
if os.path.isdir(root) and sum(len(f) for _, _, f in os.walk(root)) == n:
    sys.exit(0)
sources = sorted(glob.glob("fixtures/text/*.txt") + glob.glob("fixtures/html/*.html")
                 + glob.glob(os.path.join(aeb, "*.html.gz")))
for i in range(n):
    src = sources[i % len(sources)]
    d = os.path.join(root, f"d{i // 500:04d}")
    os.makedirs(d, exist_ok=True)
    dst = os.path.join(d, f"f{i:06d}-{os.path.basename(src)}")
    if not os.path.exists(dst):
        os.link(src, dst)
print(f"corpus: {n} files from {len(sources)} sources in {root}", file=sys.stderr)
EOF
}

measure() { # MODE N J; MODE: out (mirror into a folder) or stream (JSON Lines to stdout)
    local mode=$1 n=$2 j=$3
    local label=$mode-$n-j$j
    # A fresh output folder, deleted only at the end: on ext4, creating files within a minute
    # of deleting many others is several times slower (the inode allocator skips recently
    # freed inodes), which would bill a benchmark artefact to the run.
    local corpus=$WORK/corpus-$n out=$WORK/runs/out-$label-$(date +%s) log=$WORK/log-$label
    if [ "$mode" = out ]; then
        /usr/bin/time -v "$BIN" "$corpus" --out "$out" -j "$j" 2>"$log" >/dev/null || true
    elif [ "$mode" = records ]; then
        /usr/bin/time -v "$BIN" --input jsonl -j "$j" <"$WORK/records-$n.jsonl" 2>"$log" >/dev/null || true
    else
        /usr/bin/time -v "$BIN" "$corpus" -j "$j" 2>"$log" >/dev/null || true
    fi
    local summary rss wall user sys
    summary=$(grep '^newsclean: ' "$log" | tail -1)
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    # "… (12.3 MB/s, 456 files/s)"
    local mbs fps
    mbs=$(sed -E 's/.*\(([0-9.]+) MB\/s.*/\1/' <<<"$summary")
    fps=$(sed -E 's/.*, ([0-9]+) (files|records)\/s\).*/\1/' <<<"$summary")
    printf '| %s | %s | %s | %s | %s | %s | %s s | %.0f MB |\n' \
        "$mode" "$n" "$j" "$fps" "$mbs" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)"
}

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| output | files | -j | files/s | MB/s | wall | CPU (user+sys) | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for n in $SIZES; do
    make_corpus "$n" "$WORK/corpus-$n"
    for j in $JOBS; do
        measure out "$n" "$j"
    done
done
# Streaming to stdout holds results in the reorder window: check its memory too.
for n in $SIZES; do
    measure stream "$n" 2
done
# Records in, records out: the same sources as JSON records (pages inflated), one per line.
if [ "${RECORDS:-0}" -gt 0 ]; then
    python3 - "$RECORDS" "$WORK/records-$RECORDS.jsonl" "$AEB" <<'EOF'
import glob, gzip, json, os, sys
n, path, aeb = int(sys.argv[1]), sys.argv[2], sys.argv[3]
if os.path.exists(path):
    sys.exit(0)
recs = []
for src in sorted(glob.glob("fixtures/text/*.txt") + glob.glob("fixtures/html/*.html")
                  + glob.glob(os.path.join(aeb, "*.html.gz"))):
    raw = gzip.open(src).read() if src.endswith(".gz") else open(src, "rb").read()
    field = "text" if src.endswith(".txt") else "html"
    recs.append((field, raw.decode("utf-8", "replace")))
with open(path, "w") as f:
    for i in range(n):
        field, body = recs[i % len(recs)]
        f.write(json.dumps({"id": i, field: body}) + "\n")
EOF
    measure records "$RECORDS" 2
fi
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK/runs"
