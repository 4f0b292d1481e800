"""Clean news at scale on Spark with newsclean: JSON records, or crawl archives one per task.

    spark-submit --master local[2] --files target/release/newsclean \\
        scripts/spark_newsclean.py records  INPUT.jsonl   OUTPUT_DIR
    spark-submit --master local[2] --files target/release/newsclean \\
        scripts/spark_newsclean.py archives ARCHIVES.txt  OUTPUT_DIR

`records`: INPUT holds one JSON record per line (`{"id": …, "html": …}`); OUTPUT_DIR gets one
line per record, in input order (part-00000, part-00001, … read in order), each a cleaned
record or `{"id": …, "error": …}`.

`archives`: ARCHIVES.txt lists crawl archives (`.warc.gz`), one path per line, each readable
where the tasks run (a shared file system); each archive is one task, and OUTPUT_DIR gets its
articles as JSON lines, archive after archive.

The binary shipped with `--files` lands in the task's working folder on a cluster
(`./newsclean`) but in Spark's own files folder in local mode (`SparkFiles.get`): the command
tries the first and falls back to the second, so one script runs in both. newsclean exits 1
when some inputs failed (their error lines are in the output): the `[ $? -le 1 ]` wrapper keeps
that from failing the task, while `checkCode=True` still fails it on a usage error (2) or a
crash.
"""

import shlex
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# Exit 0 or 1 is a finished run; anything else fails the task.
RECORDS = (
    "sh -c '"
    'B=./newsclean; [ -f "$B" ] || B="$1"; [ -x "$B" ] || chmod +x "$B"; '
    '"$B" --input jsonl -f jsonl -j 1 -q; [ $? -le 1 ]'
    "' newsclean {binary}"
)
ARCHIVES = (
    "sh -c '"
    'B=./newsclean; [ -f "$B" ] || B="$1"; [ -x "$B" ] || chmod +x "$B"; '
    'while IFS= read -r f; do "$B" -f jsonl -j 1 -q "$f"; s=$?; [ $s -le 1 ] || exit $s; done'
    "' newsclean {binary}"
)


def main(argv):
    if len(argv) != 4 or argv[1] not in ("records", "archives"):
        sys.exit(__doc__)
    mode, source, dest = argv[1:]
    spark = SparkSession.builder.appName(f"newsclean {mode}").getOrCreate()
    sc = spark.sparkContext
    # Where --files put the binary for this driver: right in local mode, unused on a cluster.
    binary = shlex.quote(SparkFiles.get("newsclean"))
    if mode == "records":
        lines = sc.textFile(source)
        cleaned = lines.pipe(RECORDS.format(binary=binary), checkCode=True)
    else:
        paths = [p for p in sc.textFile(source).collect() if p.strip()]
        one_per_task = sc.parallelize(paths, max(1, len(paths)))
        cleaned = one_per_task.pipe(ARCHIVES.format(binary=binary), checkCode=True)
    cleaned.saveAsTextFile(dest)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv)
