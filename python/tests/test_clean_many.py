"""`newsclean.clean_many`: order, errors in place, laziness, threads."""

import itertools
import threading

import pytest

import newsclean
from conftest import SEED, article_fixtures


def inputs():
    return [p.read_bytes() for p in article_fixtures()]


def one_by_one(items, **kw):
    out = []
    for item in items:
        try:
            out.append(newsclean.clean(item, **kw))
        except newsclean.Error as e:
            out.append({"error": {"kind": e.kind, "message": str(e)}})
    return out


@pytest.mark.parametrize("jobs", [1, 2, 4])
def test_keeps_input_order(jobs):
    items = inputs() * 2
    assert list(newsclean.clean_many(items, jobs=jobs)) == one_by_one(items)


def test_unordered_gives_the_same_results():
    items = inputs()
    got = list(newsclean.clean_many(items, jobs=3, ordered=False))
    key = lambda d: repr(sorted(d.items()))  # noqa: E731
    assert sorted(got, key=key) == sorted(one_by_one(items), key=key)


def test_a_bad_item_yields_its_error_in_place():
    seed = SEED.read_bytes()
    items = [seed, b"", 42, seed.decode(), b"\x89PNG\r\n\x1a\n" + bytes(64), seed]
    got = list(newsclean.clean_many(items, jobs=2))
    assert len(got) == 6
    assert got[0] == got[3] == got[5] == newsclean.clean(seed)
    assert got[1] == {"error": {"kind": "empty", "message": "empty input"}}
    assert got[2] == {"error": {"kind": "type", "message": "expected bytes or str, not int"}}
    assert got[4]["error"]["kind"] == "binary"


def test_min_confidence_yields_the_error_in_place():
    seed = SEED.read_bytes()
    short = b"The council closed the bridge on Tuesday after engineers found cracks in two of its supports.\n"
    got = list(newsclean.clean_many([short, seed], jobs=2, min_confidence=0.6))
    assert got[0]["error"]["kind"] == "low_confidence"
    assert got[0]["error"]["message"].startswith("low confidence 0.")
    assert got[1] == newsclean.clean(seed)
    with pytest.raises(ValueError):
        newsclean.clean_many([seed], min_confidence=2.0)


def test_options_are_passed_on():
    seed = SEED.read_bytes()
    (doc,) = newsclean.clean_many([seed], explain=True, input="text")
    assert doc == newsclean.clean(seed, explain=True, input="text")
    (err,) = newsclean.clean_many([seed], max_bytes=100)
    assert err["error"]["kind"] == "too_large"
    with pytest.raises(ValueError):
        newsclean.clean_many([seed], jobs=0)
    with pytest.raises(ValueError):
        newsclean.clean_many([seed], input="pdf")
    with pytest.raises(TypeError):
        newsclean.clean_many(3)


def test_reads_the_iterable_lazily():
    taken = 0
    seed = SEED.read_bytes()

    def endless():
        nonlocal taken
        while True:
            taken += 1
            yield seed

    it = newsclean.clean_many(endless(), jobs=2)
    first = list(itertools.islice(it, 3))
    assert len(first) == 3 and all("paragraphs" in d for d in first)
    assert taken <= 3 + 4 * 2, "a bounded window of items in flight"


def test_an_error_in_the_iterable_propagates():
    def broken():
        yield SEED.read_bytes()
        raise RuntimeError("source failed")

    it = newsclean.clean_many(broken(), jobs=1)
    with pytest.raises(RuntimeError, match="source failed"):
        list(it)
    assert list(it) == []


def test_empty_iterable_and_early_drop():
    assert list(newsclean.clean_many([])) == []
    it = newsclean.clean_many([SEED.read_bytes()] * 50, jobs=2)
    next(it)
    del it  # queued work is dropped, nothing hangs


def test_python_threads_share_the_library():
    items = inputs()
    expected = one_by_one(items)
    failures = []

    def worker(n):
        try:
            for _ in range(2):
                if n % 2:
                    got = one_by_one(items)
                else:
                    got = list(newsclean.clean_many(items, jobs=2))
                if got != expected:
                    failures.append(n)
        except Exception as e:  # pragma: no cover - reported below
            failures.append(repr(e))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_one_iterator_shared_by_threads_gives_each_result_once():
    seed = SEED.read_bytes()
    it = newsclean.clean_many([seed] * 40, jobs=2)
    got = []
    lock = threading.Lock()

    def drain():
        while True:
            try:
                d = next(it)
            except StopIteration:
                return
            except ValueError:  # advanced by another thread at this moment
                continue
            with lock:
                got.append(d)

    threads = [threading.Thread(target=drain) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 40


def _clean_in_child(pages):
    return list(newsclean.clean_many(pages, jobs=2))


def test_a_forked_child_cleans_after_its_parent_did():
    import multiprocessing

    pages = [SEED.read_bytes()] * 6
    expected = list(newsclean.clean_many(pages, jobs=2))  # the parent's pool exists now
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as workers:
        results = workers.map_async(_clean_in_child, [pages, pages]).get(timeout=60)
    assert results == [expected, expected]
