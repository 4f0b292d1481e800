"""Shared fixtures: the repository's article fixtures and the command-line binary."""

import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "text" / "seed-hindustantimes-us-strikes-iraq.txt"


def article_fixtures():
    """Every raw input under fixtures/: text dumps, pages and the adversarial inputs."""
    found = []
    for sub in ("text", "html", "adversarial"):
        for p in sorted((FIXTURES / sub).iterdir()):
            if p.name.endswith(".expected.json") or p.suffix == ".md":
                continue
            found.append(p)
    return found


@pytest.fixture(scope="session")
def cli():
    """The `newsclean` binary: $NEWSCLEAN_BIN, or built from this repository with cargo."""
    path = os.environ.get("NEWSCLEAN_BIN")
    if not path:
        if shutil.which("cargo") is None:
            pytest.skip("no cargo to build the command line with (set NEWSCLEAN_BIN)")
        subprocess.run(
            ["cargo", "build", "--quiet", "--locked", "--bin", "newsclean"],
            cwd=ROOT,
            check=True,
        )
        path = str(ROOT / "target" / "debug" / "newsclean")
    return path
