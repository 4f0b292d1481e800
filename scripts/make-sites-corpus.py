#!/usr/bin/env python3
"""Builds a corpus of many text dumps per site, for measuring site learning at scale.

    scripts/make-sites-corpus.py ../shared/data/aeb-text/p_dump OUT --files 100000 --sites 50

Each output file is one of the benchmark's dumps (cycled) put in a site folder
(OUT/site07/000123.txt), with that site's furniture (a menu line, a plug between
paragraphs, a rotating box of headlines, a footer; generated per site, listed by no rule)
and one line of its own, so that no two files are the same.
"""
import argparse
import os
import random

SECTIONS = "Wards Harbourside Motoring Gardens Schools Courts Weather Obituaries Puzzles Property".split()
NAMES = "Harbour Lantern Meridian Juniper Copper Northgate Bramble Tidewater Orchard Granite".split()


def site(rng, k):
    brand = f"{rng.choice(NAMES)} {rng.choice(['Ledger', 'Courier', 'Beacon'])} {k}"
    return {
        "menu": " · ".join(rng.choice(SECTIONS) for _ in range(4)),
        "plug": f"Ring the {brand} desk on 0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
        "heads": [f"{rng.choice(NAMES)} {rng.choice(SECTIONS)} story {k}-{i}" for i in range(8)],
        "footer": f"{brand} is printed in {rng.choice(NAMES)}",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dumps")
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names = sorted(n for n in os.listdir(a.dumps) if n.endswith(".txt"))
    dumps = [open(os.path.join(a.dumps, n), encoding="utf-8").read().splitlines() for n in names]
    sites = [site(rng, k) for k in range(a.sites)]
    for i in range(a.files):
        k = i % a.sites
        s = sites[k]
        lines = list(dumps[i % len(dumps)])
        lines.insert(len(lines) // 2, s["plug"])
        lines.insert(1, s["menu"])
        lines.append("Most read")
        lines.extend(h for h in s["heads"] if rng.random() < 0.4)
        lines.append(s["footer"])
        lines.append(f"Reference {i} {rng.getrandbits(48):x}")
        d = os.path.join(a.out, f"site{k:02d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
