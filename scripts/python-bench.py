#!/usr/bin/env python3
"""Speed and memory of the Python package over a folder of pages (default: the 181
ScrapingHub benchmark pages, gzipped), beside the Rust loop.

    python-bench.py [FOLDER] [--passes N] [--rust PATH-TO-examples/profile]

Prints pages/s for `clean` in a loop, `clean_many` with jobs=1 and jobs=2, and, with
--rust, the Rust loop (`examples/profile`, `newsclean::clean` over the same files, one
thread): --repeat interleaved rounds of --passes passes each, best and median; then RSS after
each of 10 passes of `clean_many(jobs=2)`.
"""

import argparse
import os
import pathlib
import resource
import subprocess
import time

import newsclean

ROOT = pathlib.Path(__file__).resolve().parents[1]


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=os.path.join(os.environ.get("NEWSCLEAN_DATA", str(ROOT / "../shared/data")), "aeb", "html"))
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rust", help="path to target/release/examples/profile")
    ap.add_argument("--only", choices=["loop", "many"],
                    help="for callgrind: warm up with one page, run --passes passes of clean() "
                         "in a loop or of clean_many(jobs=1), print nothing")
    args = ap.parse_args()

    exts = (".txt", ".html", ".gz")
    paths = sorted(p for p in pathlib.Path(args.folder).iterdir() if p.name.endswith(exts))
    pages = [p.read_bytes() for p in paths]
    n = len(pages) * args.passes
    if args.only:
        newsclean.clean(pages[0])  # the rule tables are compiled before the passes
        for _ in range(args.passes):
            if args.only == "many":
                for _ in newsclean.clean_many(pages, jobs=1):
                    pass
            else:
                for p in pages:
                    try:
                        newsclean.clean(p)
                    except newsclean.Error:
                        pass
        return
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.1f} MB, {args.passes} passes, "
          f"{args.repeat} rounds")

    def loop():
        for _ in range(args.passes):
            for p in pages:
                try:
                    newsclean.clean(p)
                except newsclean.Error:
                    pass

    def many(jobs):
        def run():
            for _ in range(args.passes):
                for _ in newsclean.clean_many(pages, jobs=jobs):
                    pass
        return run

    configs = []
    if args.rust:
        # The example loads the files, then loops: its load time (0 passes) is subtracted.
        def rust(passes):
            return lambda: subprocess.run([args.rust, str(passes), args.folder], check=True,
                                          stdout=subprocess.DEVNULL)
        load = best(rust(0), args.repeat)
        configs.append(("Rust loop (examples/profile), 1 thread", rust(args.passes), load))
    configs.append(("clean() in a Python loop", loop, 0.0))
    configs.append(("clean_many(jobs=1)", many(1), 0.0))
    configs.append(("clean_many(jobs=2)", many(2), 0.0))
    # Interleaved rounds, so that a burst of load elsewhere on the machine hits every row.
    times = {name: [] for name, _, _ in configs}
    for _ in range(args.repeat):
        for name, fn, offset in configs:
            times[name].append(best(fn, 1) - offset)
    first = min(times[configs[0][0]])
    for name, _, _ in configs:
        ts = sorted(times[name])
        print(f"{name:42} best {n / ts[0]:7.1f} pages/s, median {n / ts[len(ts) // 2]:7.1f}"
              f"  ({first / ts[0]:.2f}x the first row, best against best)")

    print("RSS after each pass of clean_many(jobs=2), MB:")
    seen = []
    for _ in range(10):
        for _ in newsclean.clean_many(pages, jobs=2):
            pass
        seen.append(rss_mb())
    print(" ".join(f"{m:.1f}" for m in seen))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB "
          f"(pid {os.getpid()})")


if __name__ == "__main__":
    main()
