"""Where a benchmark's time goes: a cProfile of the same work, grouped by who spent it.

A target that is not met is explained by its profile (bench/RESULTS.md prints it under
the table): the CPU time per request, order or entry, split by package — graphql-core's
executor, strawberry's wrappers around it, the ORM, the database driver, Fenxiao's own
code — and the time spent waiting on the database or the network (the event loop's poll).
cProfile slows every call, so the figures are read as shares, not as speeds.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from collections.abc import Awaitable, Callable

# (path fragment, label), first match wins; anything else is "Python and other libraries".
GROUPS = [
    ("site-packages/graphql/", "graphql-core"),
    ("site-packages/strawberry/", "strawberry"),
    ("site-packages/tortoise/", "Tortoise ORM"),
    ("site-packages/pypika_tortoise/", "Tortoise ORM"),
    ("site-packages/iso8601/", "Tortoise ORM"),
    ("site-packages/asyncpg/", "database driver"),
    ("site-packages/aiosqlite/", "database driver"),
    ("asyncpg.", "database driver"),
    ("sqlite3", "database driver"),
    ("site-packages/starlette/", "HTTP (starlette, httpx)"),
    ("site-packages/httpx/", "HTTP (starlette, httpx)"),
    ("site-packages/httpcore/", "HTTP (starlette, httpx)"),
    ("site-packages/jwt/", "tokens (pyjwt)"),
    ("/core/", "Fenxiao"),
    ("/schema/", "Fenxiao"),
    ("/plugins/", "Fenxiao"),
    ("/asyncio/", "asyncio"),
    ("method 'poll' of 'select.epoll'", "waiting (database, network)"),
    ("method 'control' of 'select.kqueue'", "waiting (database, network)"),
]
OTHER = "Python and other libraries"


def _group(file: str, function: str) -> str:
    where = f"{file} {function}"
    for fragment, label in GROUPS:
        if fragment in where:
            return label
    return OTHER


def split(stats: pstats.Stats) -> dict[str, float]:
    """Seconds of own time (not counting callees) per group."""
    seconds: dict[str, float] = {}
    for (file, _line, function), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        label = _group(file, function)
        seconds[label] = seconds.get(label, 0.0) + own
    return seconds


def describe(stats: pstats.Stats, units: int, unit: str) -> str:
    """'12.3 ms per request: graphql-core 4.1 (33%), strawberry 2.0 (16%) …' (profiled milliseconds)."""
    seconds = split(stats)
    total = sum(seconds.values()) or 1.0
    parts = [f"{label} {1000 * value / units:.2f} ({100 * value / total:.0f}%)"
             for label, value in sorted(seconds.items(), key=lambda item: -item[1]) if value / total >= 0.01]
    return f"{1000 * total / units:.1f} ms per {unit} under the profiler: " + ", ".join(parts)


def compare(ours: pstats.Stats, theirs: pstats.Stats, units: int, unit: str) -> str:
    """Where one profile spends more than the other, per unit: '+2.10 Tortoise ORM, +1.50 strawberry … −1.60 graphql-core'."""
    mine, base = split(ours), split(theirs)
    deltas = {label: (mine.get(label, 0.0) - base.get(label, 0.0)) * 1000 / units for label in {*mine, *base}}
    total = sum(deltas.values())
    parts = [f"{value:+.2f} {label}" for label, value in sorted(deltas.items(), key=lambda item: -item[1]) if abs(value) >= 0.05]
    return f"{total:+.1f} ms per {unit} under the profiler: " + ", ".join(parts)


async def profile_async(work: Callable[[], Awaitable[None]]) -> pstats.Stats:
    """Profile one awaited piece of work (everything the event loop runs meanwhile included)."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        await work()
    finally:
        profiler.disable()
    return pstats.Stats(profiler, stream=sys.stderr)


def load(path: str) -> pstats.Stats:
    """Stats written by `python -m cProfile -o path …` (a profiled subprocess)."""
    return pstats.Stats(path, stream=sys.stderr)
