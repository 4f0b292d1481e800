#!/usr/bin/env bash
# Run each fuzz target for SECONDS (default 60), one after another with one job each, seeded
# from the fixtures. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). On a stable toolchain `-s none` (no
# sanitizer) is what works; libFuzzer still catches panics, timeouts and runaway memory.
# The growing corpus is kept in fuzz/corpus/TARGET (not committed); a crash or timeout is
# written to fuzz/artifacts/TARGET/ and stops the script with a non-zero status. Turn each one
# into a regression case under fuzz/regressions/ (replayed by `fuzz_regressions_stay_fixed` in tests/adversarial.rs).
set -euo pipefail

secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html auto)

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p fuzz/logs

for t in "${targets[@]}"; do
    case $t in
        text) seeds=(fixtures/text fixtures/adversarial fuzz/regressions) ;;
        html) seeds=(fixtures/html fixtures/adversarial fuzz/regressions) ;;
        auto) seeds=(fixtures/text fixtures/html fixtures/adversarial fuzz/regressions) ;;
        *) echo "unknown target $t (text, html, auto)" >&2; exit 2 ;;
    esac
    mkdir -p "fuzz/corpus/$t"
    log="fuzz/logs/$t.log"
    echo "== $t: ${secs}s, log in $log"
    status=0
    cargo fuzz run -s none "$t" "fuzz/corpus/$t" "${seeds[@]}" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
        >"$log" 2>&1 || status=$?
    # The closing lines: libFuzzer's final stats, or the crash report.
    grep -aE '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::number_of_executed_units' "$log" || true
    if [ $status -ne 0 ]; then
        echo "!! $t failed (status $status); see $log and fuzz/artifacts/$t/" >&2
        grep -E 'panicked|ERROR: libFuzzer|SUMMARY' "$log" | head -5 >&2 || true
        exit $status
    fi
done
