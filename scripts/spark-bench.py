#!/usr/bin/env python3
"""PySpark, local[N]: the Python package in mapPartitions beside the command line behind
RDD.pipe, on the same JSON Lines records ({"id", "html"}), each job writing its output.

    spark-bench.py RECORDS.jsonl NEWSCLEAN-BINARY [--master local[2]] [--rounds 2]

Make the records from the benchmark pages with --make FOLDER --copies N (pages are decoded as
UTF-8, invalid bytes replaced, so both paths clean the same strings). Needs pyspark and
newsclean installed in the Python that runs it, and Java.
"""

import argparse
import gzip
import json
import os
import pathlib
import shutil
import tempfile
import time
from collections import deque


def make(folder, copies, out):
    pages = sorted(pathlib.Path(folder).iterdir())
    with open(out, "w") as f:
        for c in range(copies):
            for p in pages:
                raw = p.read_bytes()
                if p.suffix == ".gz":
                    raw = gzip.decompress(raw)
                rec = {"id": f"{c}-{p.name.split('.')[0]}", "html": raw.decode("utf-8", "replace")}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def clean_partition(lines):
    import newsclean

    ids = deque()

    def pages():
        for line in lines:
            r = json.loads(line)
            ids.append(r["id"])
            yield r["html"]

    for doc in newsclean.clean_many(pages(), jobs=1):
        doc["id"] = ids.popleft()
        yield doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("binary", nargs="?")
    ap.add_argument("--make")
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if args.make:
        make(args.make, args.copies, args.records)
        print(f"wrote {args.records}: {os.path.getsize(args.records) / 1e6:.0f} MB")
        return

    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers import newsclean

    spark = (SparkSession.builder.master(args.master).appName("newsclean-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    # Local mode: executors run where the driver runs, so the binary is named by its path (on a
    # cluster it would be shipped with --files and named ./newsclean).
    binary = os.path.abspath(args.binary)
    records = sc.textFile(args.records, minPartitions=args.partitions).cache()
    n = records.count()
    tmp = tempfile.mkdtemp()

    jobs = {
        "do-nothing mapper, written": lambda out: records.map(lambda x: x).saveAsTextFile(out),
        "pipe (command line), written": lambda out: records.pipe(
            f"{binary} --input jsonl -f jsonl -j 1 -q").saveAsTextFile(out),
        "mapPartitions (package), written": lambda out: records.mapPartitions(clean_partition)
        .map(lambda d: json.dumps(d, ensure_ascii=False)).saveAsTextFile(out),
        "mapPartitions (package), dicts counted": lambda out: records.mapPartitions(
            clean_partition).count(),
    }
    best = {k: float("inf") for k in jobs}
    for r in range(args.rounds):
        for k, job in jobs.items():
            out = os.path.join(tmp, f"{r}-{len(k)}")
            t = time.perf_counter()
            job(out)
            best[k] = min(best[k], time.perf_counter() - t)
            shutil.rmtree(out, ignore_errors=True)
    size = os.path.getsize(args.records) / 1e6
    print(f"{n} records, {size:.0f} MB, {args.master}, {args.partitions} partitions, "
          f"best of {args.rounds}")
    for k, t in best.items():
        print(f"{k:42} {t:7.1f} s  {n / t:7.1f} records/s")
    spark.stop()


if __name__ == "__main__":
    main()
