"""Results kept per index state: a function of one `Corpus` (its first argument) and hashable others is worked out
once per state. Each snapshot loaded brings a new Corpus (BulletinQA.refresh), so nothing read from an older index
is returned after a re-index; the results go with the state they were read from."""
from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar
from weakref import WeakKeyDictionary

T = TypeVar("T")
_MISSING = object()


def per_index(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator: results of fn(corpus, *args) by corpus, then args; at most `maxsize` kept per state (all are
    dropped when full: a server asked for months sees ever new words). Results are shared: return immutable ones."""
    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        kept: WeakKeyDictionary = WeakKeyDictionary()

        @wraps(fn)
        def cached(corpus, *args) -> T:
            results = kept.get(corpus)
            if results is None:
                results = kept.setdefault(corpus, {})
            value = results.get(args, _MISSING)  # one lookup: another thread may clear them meanwhile
            if value is not _MISSING:
                return value
            if len(results) >= maxsize:
                results.clear()
            results[args] = value = fn(corpus, *args)
            return value
        return cached
    return decorate
