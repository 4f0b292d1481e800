#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind), checked against benches/instructions.baseline.
# Unlike wall time they hold on a shared, noisy machine.
#
#   scripts/instructions.sh            measure, print, fail if a count rose more than 10%
#   scripts/instructions.sh --update   measure and write the baseline (commit it on its own,
#                                      saying why the counts moved)
#
# Counts:
#   startup-seed        the release binary cleaning the seed story, as a process: start-up,
#                       rule compilation and the cleaning
#   seed                one pass over the seed in a warm process (examples/profile)
#   long-article        one pass over the throughput bench's 740 KB long article
#   pages-html          one pass over the 20 pages in benches/pages/html
#   pages-p_dump        one pass over the same pages as text dumps
# A pass is measured as the difference between runs of 1 and 3 passes, halved, so start-up
# and rule compilation stay out of it.
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE=benches/instructions.baseline
TOLERANCE=${TOLERANCE:-10}   # percent

cargo build --release --locked --bin newsclean --example profile >&2
BIN=target/release/newsclean
PROFILE=target/release/examples/profile
SEED=fixtures/text/seed-hindustantimes-us-strikes-iraq.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/seed"
cp "$SEED" "$TMP/seed/"

# Total instructions callgrind counts for a command.
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p'
}

# Instructions of one pass over a folder (or `long`).
per_pass() {
    local one three
    one=$(count "$PROFILE" 1 "$1")
    three=$(count "$PROFILE" 3 "$1")
    echo $(((three - one) / 2))
}

declare -A now
now[startup-seed]=$(count "$BIN" "$SEED")
now[seed]=$(per_pass "$TMP/seed")
now[long-article]=$(per_pass long)
now[pages-html]=$(per_pass benches/pages/html)
now[pages-p_dump]=$(per_pass benches/pages/p_dump)
names=(startup-seed seed long-article pages-html pages-p_dump)

if [[ ${1:-} == --update ]]; then
    {
        echo "# Instruction counts (callgrind) measured by scripts/instructions.sh; see its header."
        for n in "${names[@]}"; do echo "$n ${now[$n]}"; done
    } > "$BASELINE"
    cat "$BASELINE"
    exit 0
fi

fail=0
printf '%-14s %14s %14s %8s\n' count baseline now change
for n in "${names[@]}"; do
    base=$(awk -v n="$n" '$1 == n { print $2 }' "$BASELINE")
    if [[ -z $base ]]; then
        printf '%-14s %14s %14s %8s\n' "$n" - "${now[$n]}" new
        continue
    fi
    change=$(awk -v a="$base" -v b="${now[$n]}" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }')
    flag=""
    if (( ${now[$n]} * 100 > base * (100 + TOLERANCE) )); then
        flag="  more than ${TOLERANCE}% over the baseline"
        fail=1
    fi
    printf '%-14s %14s %14s %8s%s\n' "$n" "$base" "${now[$n]}" "$change" "$flag"
done
if (( fail )); then
    echo "instruction counts rose: find the cause, or if it is deliberate, update the baseline" \
         "(scripts/instructions.sh --update) in a commit of its own that says why" >&2
    exit 1
fi
