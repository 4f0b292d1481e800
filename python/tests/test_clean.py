"""`newsclean.clean` gives the command line's JSON, and its errors, for every fixture."""

import importlib.metadata
import json
import pathlib
import re
import subprocess
import zlib

import pytest

import newsclean
from conftest import ROOT, SEED, article_fixtures


def run_cli(cli, data, *args):
    """The command line on standard input: (exit status, parsed JSON or None, stderr)."""
    p = subprocess.run([cli, "-f", "json", *args, "-"], input=data, capture_output=True)
    out = json.loads(p.stdout) if p.returncode == 0 else None
    return p.returncode, out, p.stderr.decode()


@pytest.mark.parametrize("explain", [False, True], ids=["plain", "explain"])
@pytest.mark.parametrize("path", article_fixtures(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_dict_as_the_command_line(cli, path, explain):
    data = path.read_bytes()
    status, expected, stderr = run_cli(cli, data, *(["--explain"] if explain else []))
    if status == 0:
        got = newsclean.clean(data, explain=explain)
        assert got == expected
        assert list(got) == list(expected), "same keys in the same order"
    else:
        assert status == 1
        message = stderr.strip().removeprefix("newsclean: <stdin>: ")
        with pytest.raises(newsclean.Error) as e:
            newsclean.clean(data, explain=explain)
        assert str(e.value) == message


def test_the_seed_story(cli):
    doc = newsclean.clean(SEED.read_bytes())
    assert doc["quotes"][0]["speaker"] == "US military"
    assert doc["source"] is None and doc["input"] == "text"
    assert "removed" not in doc
    assert newsclean.clean(SEED.read_bytes(), explain=True)["removed"]
    assert doc == run_cli(cli, SEED.read_bytes())[1]


def test_authors_paywalled_and_quality():
    page = (
        "<html><head><script type='application/ld+json'>"
        '{"@type":"NewsArticle","isAccessibleForFree":false,'
        '"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Reuters"}]}'
        "</script></head><body><article><p>"
        + "The council closed the bridge on Tuesday after engineers found cracks. " * 3
        + "</p></article></body></html>"
    )
    doc = newsclean.clean(page)
    assert doc["authors"] == ["Jane Doe"]
    assert doc["paywalled"] is True
    assert 0.0 <= doc["quality"]["confidence"] < 1.0
    assert "paywalled" in doc["quality"]["warnings"]
    assert "short-story" in doc["quality"]["warnings"]


def test_a_str_is_the_same_as_its_utf8_bytes():
    for path in article_fixtures():
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
            expected = newsclean.clean(data)
        except (UnicodeDecodeError, newsclean.Error):
            continue
        assert newsclean.clean(text) == expected, path.name
        assert newsclean.clean(bytearray(data)) == expected, path.name


def test_input_mode_is_respected():
    page = b"<html><body><article><p>" + b"The council closed the bridge on Monday. " * 5 + b"</p></article></body></html>"
    assert newsclean.clean(page)["input"] == "html"
    assert newsclean.clean(page, input="html")["input"] == "html"
    assert newsclean.clean(page, input="text")["input"] == "text"


def gzip(data):
    c = zlib.compressobj(wbits=31)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize(
    "data, error, kind, message",
    [
        (b"", newsclean.EmptyInputError, "empty", "empty input"),
        ("  \n\t ", newsclean.EmptyInputError, "empty", "empty input"),
        (
            (ROOT / "fixtures/adversarial/pixel.png").read_bytes(),
            newsclean.BinaryInputError,
            "binary",
            "binary input (PNG image), not an article",
        ),
        (
            (ROOT / "fixtures/adversarial/story.pdf").read_bytes(),
            newsclean.BinaryInputError,
            "binary",
            "binary input (PDF document), not an article",
        ),
        (
            (ROOT / "fixtures/adversarial/script-only.html").read_bytes(),
            newsclean.NoStoryError,
            "no_story",
            "no story found",
        ),
        (
            b"<html><body>" + b"<div>" * 3000 + b"deep" + b"</div>" * 3000,
            newsclean.TooDeepError,
            "too_deep",
            "HTML nests elements 2001 deep, over the limit of 2000",
        ),
    ],
    ids=["empty", "whitespace", "png", "pdf", "no-story", "too-deep"],
)
def test_bad_input_raises_its_error(data, error, kind, message):
    with pytest.raises(error) as e:
        newsclean.clean(data)
    assert isinstance(e.value, newsclean.Error)
    assert e.value.kind == kind
    assert str(e.value) == message


def test_size_limits():
    with pytest.raises(newsclean.TooLargeError, match=r"^input is 2000 bytes, over the 1000-byte limit$"):
        newsclean.clean(b"x" * 2000, max_bytes=1000)
    with pytest.raises(newsclean.TooLargeError):
        newsclean.clean("é" * 600, max_bytes=1000)
    bomb = gzip(b"word " * 100_000)
    with pytest.raises(newsclean.InflatesTooLargeError, match="inflates to more than the 10000-byte limit"):
        newsclean.clean(bomb, max_bytes=10_000)
    assert newsclean.clean(gzip(SEED.read_bytes())) == newsclean.clean(SEED.read_bytes())
    assert newsclean.DEFAULT_MAX_BYTES == 100 * 1024 * 1024


def test_wrong_arguments():
    with pytest.raises(TypeError):
        newsclean.clean(3)
    with pytest.raises(ValueError, match="input must be"):
        newsclean.clean(b"story", input="xml")
    with pytest.raises(TypeError):
        newsclean.clean(b"story", "text")  # keyword-only


def test_every_error_kind_is_a_subclass_with_its_kind():
    kinds = {
        newsclean.EmptyInputError: "empty",
        newsclean.BinaryInputError: "binary",
        newsclean.TooDeepError: "too_deep",
        newsclean.InflatesTooLargeError: "inflates_too_large",
        newsclean.TooLargeError: "too_large",
        newsclean.StreamTooLargeError: "stream_too_large",
        newsclean.NoStoryError: "no_story",
    }
    for cls, kind in kinds.items():
        assert issubclass(cls, newsclean.Error) and cls.kind == kind
        assert cls.__module__ == "newsclean"
    assert issubclass(newsclean.Error, Exception)


def test_version_is_the_crates():
    cargo = (ROOT / "Cargo.toml").read_text()
    version = re.search(r'(?m)^version = "([^"]+)"', cargo).group(1)
    assert newsclean.__version__ == version
    assert importlib.metadata.version("newsclean") == version


def test_type_stubs_are_installed():
    pkg = pathlib.Path(newsclean.__file__).parent
    assert (pkg / "py.typed").exists() and (pkg / "__init__.pyi").exists()


def test_min_confidence_refuses_as_the_command_line_does(cli):
    short = b"The council closed the bridge on Tuesday after engineers found cracks in two of its supports.\n"
    confidence = newsclean.clean(short)["quality"]["confidence"]
    assert confidence < 0.6
    assert newsclean.clean(short, min_confidence=confidence)["quality"]["confidence"] == confidence
    status, _, stderr = run_cli(cli, short, "--min-confidence", "0.6")
    assert status == 1
    with pytest.raises(newsclean.LowConfidenceError) as e:
        newsclean.clean(short, min_confidence=0.6)
    assert e.value.kind == "low_confidence"
    assert str(e.value) == stderr.strip().removeprefix("newsclean: <stdin>: ")
    assert str(e.value).startswith("low confidence 0.")
    # A story the cleaner trusts passes; no story at all is still no story.
    assert newsclean.clean(SEED.read_bytes(), min_confidence=0.6)["paragraphs"]
    with pytest.raises(newsclean.NoStoryError):
        newsclean.clean(b"SHARE THIS ARTICLE ON\n", min_confidence=0.6)
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            newsclean.clean(short, min_confidence=bad)
