"""Type stubs for newsclean: raw scraped news articles in, the clean story out."""

from typing import Any, Iterable, Iterator, Literal, Optional, Union, final

__all__ = [
    "DEFAULT_MAX_BYTES",
    "BinaryInputError",
    "CleanMany",
    "EmptyInputError",
    "Error",
    "InflatesTooLargeError",
    "LowConfidenceError",
    "NoStoryError",
    "StreamTooLargeError",
    "TooDeepError",
    "TooLargeError",
    "__version__",
    "clean",
    "clean_many",
]

__version__: str
"""The version of the newsclean library inside (equal to the package's)."""

DEFAULT_MAX_BYTES: int
"""The default ``max_bytes``: 100 MiB."""

_Input = Literal["auto", "text", "html"]
_Data = Union[bytes, bytearray, str]
_Document = dict[str, Any]
"""The command line's ``--format json`` object: ``source`` (always ``None`` here), ``input``
(``"text"`` or ``"html"``), ``title``, ``byline``, ``dateline``, ``published``,
``modified``, ``site``, ``language``, ``url`` (``str`` or ``None``), ``language_confidence``
(``float`` or ``None``), ``authors`` (``list[str]``), ``paywalled`` (``bool``), ``quality``
(``confidence``, a ``float`` from 0.0 to 1.0, and ``warnings``, a ``list[str]`` of ids such as
``"short-story"``), ``paragraphs`` (``list[str]``), ``captions``
(``text``, ``credit``, ``after_paragraph``), ``quotes`` (``text``, ``speaker``,
``paragraph``) and, with ``explain=True``, ``removed``."""

class Error(Exception):
    """An input that could not be cleaned. ``str(e)`` is the command line's message."""

    kind: str
    """A short key for the reason: ``"empty"``, ``"binary"``, ``"too_deep"``,
    ``"inflates_too_large"``, ``"too_large"``, ``"stream_too_large"``, ``"no_story"``,
    ``"low_confidence"``;
    ``"error"`` on the base class, ``"panic"`` for an internal error."""

class EmptyInputError(Error):
    """Nothing but whitespace, or nothing at all (``"empty input"``)."""

class BinaryInputError(Error):
    """Not text: an image, a PDF, an archive (``"binary input (PNG image), not an article"``)."""

class TooDeepError(Error):
    """HTML nested deeper than 2,000 elements."""

class InflatesTooLargeError(Error):
    """Gzip input that inflates past ``max_bytes``."""

class TooLargeError(Error):
    """Input larger than ``max_bytes``."""

class StreamTooLargeError(Error):
    """A stream past ``max_bytes`` (raised by the command line's standard input only)."""

class NoStoryError(Error):
    """Cleaning left no paragraph (``"no story found"``)."""

class LowConfidenceError(Error):
    """A story was found, but its ``quality.confidence`` is below ``min_confidence``
    (``"low confidence 0.40 (short-story, headline-not-found)"``)."""

def clean(
    data: _Data,
    *,
    input: _Input = "auto",
    explain: bool = False,
    max_bytes: Optional[int] = None,
    min_confidence: Optional[float] = None,
) -> _Document:
    """Clean one article and return the dict the command line prints with ``--format json``.

    ``data`` is the raw article: ``bytes`` in any encoding (gzip is inflated) or a decoded
    ``str``. ``input`` is ``"auto"`` (sniffed from the content), ``"text"`` or ``"html"``.
    With ``explain`` the dict has a ``removed`` list. ``max_bytes`` refuses larger inputs
    (default ``DEFAULT_MAX_BYTES``). With ``min_confidence`` (0.0 to 1.0), an article whose
    ``quality.confidence`` is below it raises :class:`LowConfidenceError`, as the command
    line's ``--min-confidence`` fails it. The GIL is released while cleaning.

    Raises a subclass of :class:`Error` when the input cannot be cleaned, ``TypeError`` for
    ``data`` of another type, ``ValueError`` for an unknown ``input`` or a ``min_confidence``
    outside 0 to 1.
    """

@final
class CleanMany(Iterator[_Document]):
    """The iterator :func:`clean_many` returns."""

    def __iter__(self) -> CleanMany: ...
    def __next__(self) -> _Document: ...

def clean_many(
    items: Iterable[Any],
    *,
    jobs: Optional[int] = None,
    ordered: bool = True,
    input: _Input = "auto",
    explain: bool = False,
    max_bytes: Optional[int] = None,
    min_confidence: Optional[float] = None,
) -> CleanMany:
    """Clean many articles on ``jobs`` Rust threads (default: all cores), GIL released.

    ``items`` (``bytes`` or ``str`` each) is read lazily, a few items per thread ahead, never
    collected. Yields one dict per item, in input order unless ``ordered=False``. An item
    that cannot be cleaned yields ``{"error": {"kind": ..., "message": ...}}`` in its place
    (``kind`` as :attr:`Error.kind`, or ``"type"`` for an item that is neither bytes nor str)
    and the rest are cleaned; with ``min_confidence``, an article below it yields the error
    ``"low_confidence"``. An exception raised by ``items`` itself ends the run and
    propagates.
    """
