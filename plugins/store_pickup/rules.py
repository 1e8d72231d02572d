"""Pure rules of stores and pickup: distances, opening hours, pickup codes, commission shares.

No I/O here; property-tested with hypothesis (tests/plugins/test_store_rules.py).

Distances. A point on the earth is kept as a unit vector (x, y, z). The straight line between two
unit vectors (the chord) grows with the great-circle distance between them, so a database can sort
and cut stores by chord² = Δx² + Δy² + Δz² — arithmetic alone, the same on SQLite and PostgreSQL,
no trigonometry in SQL and nothing pasted into SQL text — and the few rows of a page get their
distance in metres here (distance = 2R·asin(chord / 2)). A bounding box on latitude and longitude
(indexed columns) keeps the database from computing the chord of every store.
"""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG)
MINUTES_PER_DAY = 1440


# --- distance ---


def unit_vector(latitude: float, longitude: float) -> tuple[float, float, float]:
    lat, lng = math.radians(latitude), math.radians(longitude)
    return (math.cos(lat) * math.cos(lng), math.cos(lat) * math.sin(lng), math.sin(lat))


def chord_of(distance_m: float) -> float:
    """The chord (on the unit sphere) of a great-circle distance."""
    angle = min(distance_m / EARTH_RADIUS_M, math.pi)
    return 2 * math.sin(angle / 2)


def distance_of(chord_squared: float) -> float:
    """The great-circle distance in metres of a squared chord."""
    half = min(1.0, math.sqrt(max(chord_squared, 0.0)) / 2)
    return 2 * EARTH_RADIUS_M * math.asin(half)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in metres."""
    ua, ub = unit_vector(*a), unit_vector(*b)
    return distance_of(sum((p - q) ** 2 for p, q in zip(ua, ub)))


@dataclass(frozen=True)
class Box:
    """Latitudes and longitude intervals that contain every point within a radius of a centre."""

    lat_min: float
    lat_max: float
    lng_ranges: tuple[tuple[float, float], ...]  # one, or two across the antimeridian


# The box is widened by a hair so that a point exactly on the radius is not lost to floating-point
# rounding (the chord test decides what is inside; the box only has to contain it).
BOX_MARGIN = 1e-9


def bounding_box(latitude: float, longitude: float, radius_m: float) -> Box:
    angle = math.degrees(radius_m / EARTH_RADIUS_M) * (1 + BOX_MARGIN) + BOX_MARGIN
    lat_min, lat_max = latitude - angle, latitude + angle
    if lat_min <= -90 or lat_max >= 90:  # a pole is inside: every longitude
        return Box(max(lat_min, -90.0), min(lat_max, 90.0), ((-180.0, 180.0),))
    # The widest longitude span is at the latitude farthest from the equator inside the box.
    ratio = math.sin(math.radians(angle)) / math.cos(math.radians(latitude))
    span = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
    low, high = longitude - span, longitude + span
    if span >= 180.0:
        ranges: tuple[tuple[float, float], ...] = ((-180.0, 180.0),)
    elif low < -180:
        ranges = ((low + 360, 180.0), (-180.0, high))
    elif high > 180:
        ranges = ((low, 180.0), (-180.0, high - 360))
    else:
        ranges = ((low, high),)
    return Box(lat_min, lat_max, ranges)


# --- opening hours ---


@dataclass(frozen=True)
class Interval:
    """Open from `opens` (inclusive) to `closes` (exclusive), minutes after midnight, on `weekday` (0 Monday)."""

    weekday: int
    opens: int
    closes: int


CLOCK = re.compile(r"^([01]?[0-9]|2[0-4]):([0-5][0-9])$")


def minutes(clock: str) -> int:
    """'09:30' → 570; '24:00' is the end of the day. ValueError for anything else."""
    match = CLOCK.match(clock.strip())
    if not match or (match[1] == "24" and match[2] != "00"):
        raise ValueError(f"{clock[:20]!r} is not a time of day such as 09:30")
    return int(match[1]) * 60 + int(match[2])


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def week_intervals(weekday: int, opens: int, closes: int) -> list[Interval]:
    """One opening as weekly intervals: an opening past midnight (22:00–02:00) continues the next day."""
    if not 0 <= weekday <= 6 or not 0 <= opens < MINUTES_PER_DAY or not 0 <= closes <= MINUTES_PER_DAY or opens == closes:
        raise ValueError("an opening needs a weekday 0–6 and different times within the day")
    if closes > opens:
        return [Interval(weekday, opens, closes)]
    first = [Interval(weekday, opens, MINUTES_PER_DAY)]
    return first + ([Interval((weekday + 1) % 7, 0, closes)] if closes > 0 else [])


@dataclass(frozen=True)
class DayException:
    """A date on which the weekly hours do not hold: closed (opens None) or open only opens–closes."""

    day: date
    opens: int | None = None
    closes: int | None = None


@dataclass(frozen=True)
class LocalMoment:
    day: date
    weekday: int
    minute: int


def local_moment(at: datetime, time_zone: str) -> LocalMoment:
    """The store's own date, weekday and minute at an instant (an aware datetime)."""
    local = at.astimezone(ZoneInfo(time_zone))
    return LocalMoment(local.date(), local.weekday(), local.hour * 60 + local.minute)


def is_open(intervals: list[Interval], exceptions: list[DayException], moment: LocalMoment) -> bool:
    """Whether a store is open at a local moment: a dated exception overrides the weekly hours."""
    for exception in exceptions:
        if exception.day == moment.day:
            return exception.opens is not None and exception.closes is not None and exception.opens <= moment.minute < exception.closes
    return any(i.weekday == moment.weekday and i.opens <= moment.minute < i.closes for i in intervals)


def ready_by(placed: datetime, lead_minutes: int) -> datetime:
    """When an order placed at `placed` can be ready (the store's lead time)."""
    return placed + timedelta(minutes=lead_minutes)


# --- pickup codes ---

CODE_DIGITS = 8


def new_code() -> str:
    """A random pickup code: 8 digits from the system's CSPRNG, nothing to do with the order number."""
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def grouped(code: str) -> str:
    """A code as it is read aloud: 1234 5678."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalised(text: str) -> str | None:
    """What a clerk typed or scanned, as a code (spaces and dashes dropped), or None when it cannot be one."""
    code = re.sub(r"[\s-]", "", text)
    return code if len(code) == CODE_DIGITS and code.isascii() and code.isdigit() else None


def qr_payload(store_id: str, code: str) -> str:
    """What the buyer's QR code holds: the store and the code, scanned by the clerk's app into pickupVerify."""
    return f"fenxiao-pickup:{store_id}:{code}"


# --- commission ---


@dataclass(frozen=True)
class LineShare:
    line_index: int
    base: int
    amount: int


def shares(bases: list[int], rate_bps: int) -> list[LineShare]:
    """A rate on each line's paid value, rounded down per line (the cent left over stays with the merchant)."""
    return [LineShare(i, base, base * rate_bps // 10_000) for i, base in enumerate(bases) if base > 0 and base * rate_bps // 10_000 > 0]


def unpaid_lines(line_ids: list[int], already_paid: set[int]) -> list[int]:
    """One person, one commission per line: the lines on which another mode does not already pay them."""
    return [line_id for line_id in line_ids if line_id not in already_paid]
