#!/usr/bin/env bash
# Every output the release binary gives for the inputs at hand, one file each, so that two
# trees can be compared byte for byte (`diff -r BEFORE AFTER`): a refactor must leave it empty.
#
#   scripts/output-snapshot.sh OUT_DIR [DATA_DIR]
#
# Inputs: every case under fixtures/text, fixtures/html and fixtures/adversarial, then the
# benchmark's pages (DATA_DIR/aeb/html/*.html.gz) and both of their text dumps
# (DATA_DIR/aeb-text/{full_dump,p_dump}/*.txt), read as examples/eval.rs reads them. DATA_DIR
# defaults to $NEWSCLEAN_DATA, else ../shared/data; a missing benchmark folder is skipped with
# a note. Each input is run twice, `-f json` and `-f json --explain`; standard output goes to
# NAME.json (NAME.explain.json), standard error to NAME.err when there is any, and the exit
# status to NAME.status when it is not 0. BINARY (default target/release/newsclean) is built
# first unless NEWSCLEAN_NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: scripts/output-snapshot.sh OUT_DIR [DATA_DIR]}
DATA=${2:-${NEWSCLEAN_DATA:-../shared/data}}
BIN=${BINARY:-target/release/newsclean}
if [ "${NEWSCLEAN_NO_BUILD:-0}" != 1 ]; then
    cargo build --release --locked --bin newsclean
fi
mkdir -p "$OUT"

# snap GROUP FILE: the outputs for one input under OUT/GROUP/.
snap() {
    local group=$1 input=$2 name dir
    name=$(basename "$input")
    dir="$OUT/$group"
    mkdir -p "$dir"
    for mode in plain explain; do
        local extra=() stem="$dir/$name"
        if [ "$mode" = explain ]; then
            extra=(--explain)
            stem="$stem.explain"
        fi
        local status=0
        "$BIN" -f json "${extra[@]}" "$input" >"$stem.json" 2>"$stem.err" || status=$?
        [ -s "$stem.err" ] || rm -f "$stem.err"
        if [ "$status" != 0 ]; then echo "$status" >"$stem.status"; fi
    done
}

count=0
for folder in text html adversarial; do
    for f in fixtures/"$folder"/*; do
        case "$f" in *.expected.json | */README.md) continue ;; esac
        snap "fixtures/$folder" "$f"
        count=$((count + 1))
    done
done

if [ -d "$DATA/aeb/html" ]; then
    for f in "$DATA"/aeb/html/*.html.gz; do
        snap aeb/html "$f"
        count=$((count + 1))
    done
else
    echo "no $DATA/aeb/html: benchmark pages skipped" >&2
fi
for dump in full_dump p_dump; do
    if [ -d "$DATA/aeb-text/$dump" ]; then
        for f in "$DATA/aeb-text/$dump"/*.txt; do
            snap "aeb-text/$dump" "$f"
            count=$((count + 1))
        done
    else
        echo "no $DATA/aeb-text/$dump: those dumps skipped" >&2
    fi
done
echo "$count inputs, outputs in $OUT"
