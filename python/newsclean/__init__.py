"""Turn raw scraped news articles (HTML pages or text dumps) into the clean story.

``clean`` cleans one article and returns the dict the ``newsclean`` command line prints with
``--format json``; ``clean_many`` cleans an iterable of articles on Rust threads. Errors are
subclasses of ``newsclean.Error``.
"""

from ._newsclean import (
    DEFAULT_MAX_BYTES,
    BinaryInputError,
    CleanMany,
    EmptyInputError,
    Error,
    InflatesTooLargeError,
    LowConfidenceError,
    NoStoryError,
    StreamTooLargeError,
    TooDeepError,
    TooLargeError,
    __version__,
    clean,
    clean_many,
)

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
