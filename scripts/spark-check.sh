#!/usr/bin/env bash
# Runs the Spark recipes of docs/batch.md for real, on PySpark in local mode (local[2]), and
# checks what they give: scripts/spark_newsclean.py over generated JSON records (with bad lines
# among them) and over generated crawl archives (one per task), each against a direct
# newsclean run on the same input. Prints records/s for both.
#
#   scripts/spark-check.sh [WORKDIR]            # default WORKDIR: /tmp/newsclean-spark
#   RECORDS=5000 scripts/spark-check.sh
#
# Installs what it needs: a headless Java runtime from the distribution's packages when `java`
# is missing (apt-get, as root), and PySpark from PyPI into WORKDIR/venv. Needs python3 with
# venv, a Rust toolchain, and network access the first time. Not part of `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${1:-/tmp/newsclean-spark}
RECORDS=${RECORDS:-3000}
COPIES=${COPIES:-3}
PAGES=${PAGES:-${NEWSCLEAN_DATA:-../shared/data}/aeb/html}
[ -d "$PAGES" ] || PAGES=fixtures/html
mkdir -p "$WORK"
fail() { echo "spark-check: FAIL: $*" >&2; exit 1; }
say() { echo "spark-check: $*" >&2; }

# --- what it needs ----------------------------------------------------------------------------
if ! command -v java >/dev/null; then
    say "installing a headless Java runtime (openjdk-17-jre-headless)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q openjdk-17-jre-headless
fi
if [ ! -x "$WORK/venv/bin/spark-submit" ]; then
    say "installing PySpark into $WORK/venv"
    python3 -m venv "$WORK/venv"
    "$WORK/venv/bin/pip" install -q pyspark
fi
SPARK_SUBMIT=$WORK/venv/bin/spark-submit
export PYSPARK_PYTHON=$WORK/venv/bin/python
cargo build --release --quiet
BIN=$REPO/target/release/newsclean
say "$(java -version 2>&1 | head -1); pyspark $("$WORK/venv/bin/python" -c 'import pyspark; print(pyspark.__version__)')"

# --- inputs -----------------------------------------------------------------------------------
python3 - "$RECORDS" "$WORK/records.jsonl" "$PAGES" <<'EOF'
import glob, gzip, json, os, sys
n, out, pages = int(sys.argv[1]), sys.argv[2], sys.argv[3]
html = [gzip.open(p).read().decode("utf-8", "replace") if p.endswith(".gz") else open(p, encoding="utf-8", errors="replace").read()
        for p in sorted(glob.glob(os.path.join(pages, "*.html*")))]
text = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob("fixtures/text/*.txt"))]
with open(out, "w") as f:
    for i in range(n):
        if i % 500 == 250:
            f.write("this line is not JSON %d\n" % i)          # traced by line and first bytes
        elif i % 500 == 499:
            f.write(json.dumps({"id": i, "body": "no html or text field"}) + "\n")
        elif i % 2:
            f.write(json.dumps({"id": i, "text": text[i % len(text)]}) + "\n")
        else:
            f.write(json.dumps({"id": i, "html": html[i % len(html)]}) + "\n")
EOF
python3 scripts/make-warc.py "$WORK/a.warc.gz" --copies "$COPIES" --pages "$PAGES"
python3 scripts/make-warc.py "$WORK/b.warc.gz" --copies 1 --pages "$PAGES" --clean
printf '%s\n%s\n' "$WORK/a.warc.gz" "$WORK/b.warc.gz" > "$WORK/archives.txt"

now() { date +%s.%N; }
rate() { python3 -c "import sys; n, s = int(sys.argv[1]), float(sys.argv[2]); print(f'{n} in {s:.1f} s = {n / s:.0f}')" "$1" "$2"; }

# --- records: direct, then Spark -------------------------------------------------------------
t0=$(now)
set +e
"$BIN" --input jsonl -f jsonl -j 2 -q < "$WORK/records.jsonl" > "$WORK/direct-records.jsonl" 2>"$WORK/direct-records.err"
status=$?
set -e
t1=$(now)
[ "$status" = 1 ] || fail "direct records run: exit $status, want 1 (some bad lines)"
direct_s=$(python3 -c "print($t1 - $t0)")

rm -rf "$WORK/spark-records"
t0=$(now)
"$SPARK_SUBMIT" --master 'local[2]' --files "$BIN" scripts/spark_newsclean.py \
    records "$WORK/records.jsonl" "$WORK/spark-records" 2>"$WORK/spark-records.log" \
    || { tail -30 "$WORK/spark-records.log" >&2; fail "spark-submit records"; }
t1=$(now)
spark_s=$(python3 -c "print($t1 - $t0)")
cat "$WORK"/spark-records/part-* > "$WORK/spark-records.jsonl"

python3 - "$WORK/records.jsonl" "$WORK/spark-records.jsonl" "$WORK/direct-records.jsonl" <<'EOF'
import json, sys
inp = [l for l in open(sys.argv[1]) if l.strip()]
spark = [json.loads(l) for l in open(sys.argv[2])]
direct = [json.loads(l) for l in open(sys.argv[3])]
def fail(m): sys.exit("spark-check: FAIL: records: " + m)
if len(spark) != len(inp): fail(f"{len(spark)} lines out for {len(inp)} in")
if len(direct) != len(inp): fail(f"direct: {len(direct)} lines out for {len(inp)} in")
for k, (line, s, d) in enumerate(zip(inp, spark, direct)):
    try:
        want = json.loads(line).get("id")
    except ValueError:
        want = None
    if s.get("id") != want: fail(f"line {k + 1}: id {s.get('id')!r}, want {want!r} (order?)")
    if want is None:
        # Not JSON: traced by its first bytes (its line number counts within the task's part).
        if s.get("head") != line[:40].rstrip("\n") or "line" not in s or "error" not in s:
            fail(f"line {k + 1}: error line {s} does not carry line and head")
    s2, d2 = dict(s), dict(d)
    s2.pop("line", None); d2.pop("line", None)
    if s2 != d2: fail(f"line {k + 1}: Spark and direct differ")
errors = sum("error" in s for s in spark)
print(f"spark-check: records: {len(spark)} lines, ids in order, {errors} error lines traced, same as the direct run", file=sys.stderr)
EOF

# --- archives: direct, then Spark (one archive per task) -------------------------------------
t0=$(now)
set +e
"$BIN" -f jsonl -j 2 -q "$WORK/a.warc.gz" "$WORK/b.warc.gz" > "$WORK/direct-warc.jsonl" 2>"$WORK/direct-warc.err"
status=$?
set -e
t1=$(now)
[ "$status" -le 1 ] || fail "direct archive run: exit $status"
direct_warc_s=$(python3 -c "print($t1 - $t0)")

rm -rf "$WORK/spark-warc"
t0=$(now)
"$SPARK_SUBMIT" --master 'local[2]' --files "$BIN" scripts/spark_newsclean.py \
    archives "$WORK/archives.txt" "$WORK/spark-warc" 2>"$WORK/spark-warc.log" \
    || { tail -30 "$WORK/spark-warc.log" >&2; fail "spark-submit archives"; }
t1=$(now)
spark_warc_s=$(python3 -c "print($t1 - $t0)")
cat "$WORK"/spark-warc/part-* > "$WORK/spark-warc.jsonl"

python3 - "$WORK/spark-warc.jsonl" "$WORK/direct-warc.jsonl" <<'EOF'
import json, sys
spark = [json.loads(l) for l in open(sys.argv[1])]
direct = [json.loads(l) for l in open(sys.argv[2])]
def fail(m): sys.exit("spark-check: FAIL: archives: " + m)
if [r.get("id") for r in spark] != [r.get("id") for r in direct]:
    fail(f"{len(spark)} lines from Spark, {len(direct)} direct, or not in the same order")
if spark != direct: fail("Spark and direct lines differ")
if not all(str(r.get("id", "")).startswith("<urn:uuid:") for r in spark): fail("a line without its record id")
errors = sum("error" in r for r in spark)
print(f"spark-check: archives: {len(spark)} lines in archive order, {errors} error lines, same as the direct run", file=sys.stderr)
EOF

n_rec=$(wc -l < "$WORK/records.jsonl")
n_warc=$(wc -l < "$WORK/direct-warc.jsonl")
# The stage that pipes and saves, as Spark's log times it (without the JVM's start and stop).
stage() { grep -o 'SparkHadoopWriter.scala:[0-9]*) finished in [0-9]* ms' "$1" | tail -1 | awk '{print $4 / 1000}'; }
echo "records,  direct newsclean --input jsonl -j 2: $(rate "$n_rec" "$direct_s") records/s"
echo "records,  spark-submit local[2], whole run: $(rate "$n_rec" "$spark_s") records/s"
echo "records,  spark-submit local[2], the pipe stage: $(rate "$n_rec" "$(stage "$WORK/spark-records.log")") records/s"
echo "archives, direct newsclean -j 2: $(rate "$n_warc" "$direct_warc_s") articles/s"
echo "archives, spark-submit local[2], one archive per task, whole run: $(rate "$n_warc" "$spark_warc_s") articles/s"
echo "archives, spark-submit local[2], the pipe stage: $(rate "$n_warc" "$(stage "$WORK/spark-warc.log")") articles/s"
say "all checks passed"
