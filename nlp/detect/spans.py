"""Which spans overlap a range, without comparing every span with every range.

A long draft has thousands of sentences and pattern spans; "the spans inside this sentence"
asked of every sentence by scanning all spans made analysis time grow with the square of the
draft's length. `SpanIndex` answers it from the spans sorted by start.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Ranged)


class SpanIndex(Generic[S]):
    """Spans (anything with token `start`/`end`), kept in the order given."""

    def __init__(self, spans: Iterable[S]) -> None:
        self._spans = list(spans)
        order = sorted(range(len(self._spans)), key=lambda i: self._spans[i].start)
        self._order = order
        self._starts = [self._spans[i].start for i in order]
        self._longest = max((s.end - s.start for s in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[S]:
        """The spans with `span.start < end and start < span.end`, in the order given."""
        # A span that reaches past `start` begins at most `longest` tokens before it.
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, end)
        found = sorted(i for i in self._order[lo:hi] if self._spans[i].end > start)
        return [self._spans[i] for i in found]

    def any_overlap(self, start: int, end: int) -> bool:
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, end)
        return any(self._spans[i].end > start for i in self._order[lo:hi])


def unit_finder(units: Sequence[S]) -> Callable[[int], S | None]:
    """index -> the unit (units sorted, not overlapping) with `start <= index < end`."""
    starts = [u.start for u in units]

    def find(index: int) -> S | None:
        at = bisect_left(starts, index + 1) - 1
        if at >= 0 and units[at].start <= index < units[at].end:
            return units[at]
        return None

    return find
