#!/usr/bin/env bash
# On how many pages each metadata field is found: the benchmark's HTML pages through the
# release binary (which reads .html.gz itself).
#
#   scripts/metadata-counts.sh [DATA_DIR] [BINARY]
#
# DATA_DIR defaults to $NEWSCLEAN_DATA/aeb, else ../shared/data/aeb (the folder holding html/), BINARY to
# target/release/newsclean. Needs jq.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-${NEWSCLEAN_DATA:-../shared/data}/aeb}
BIN=${2:-target/release/newsclean}
for f in "$DATA"/html/*.html.gz; do "$BIN" -f jsonl "$f"; done | jq -s -r '
  def n(f): map(select(f)) | length;
  "pages                 \(length)",
  "published             \(n(.published != null))",
  "  with a time         \(n(.published != null and (.published | length) > 10))",
  "  date alone          \(n(.published != null and (.published | length) == 10))",
  "modified              \(n(.modified != null))",
  "language              \(n(.language != null))",
  "  detected from text  \(n(.language_confidence != null))",
  "authors               \(n((.authors | length) > 0))",
  "  two or more         \(n((.authors | length) > 1))",
  "byline                \(n(.byline != null))",
  "paywalled             \(n(.paywalled))"'
