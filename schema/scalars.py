"""Scalar overrides: every DateTime that enters the API is normalised to UTC.

Datetimes are stored as given; SQLite compares them as text, which is only
right when they all share one offset. Converting input at the boundary keeps
storage and comparisons in UTC on every database (naive input is read as UTC).
"""

from __future__ import annotations

from datetime import datetime, timezone
from operator import methodcaller

import dateutil.parser
from strawberry.schema.types.base_scalars import wrap_parser
from strawberry.types.scalar import ScalarDefinition


def _to_utc(text: str) -> datetime:
    parsed = dateutil.parser.isoparse(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:59:59-14:00 is after the last moment a datetime holds in UTC
        raise ValueError("outside the years 1 to 9999 once in UTC") from None


UTC_DATETIME = ScalarDefinition(
    name="DateTime",
    description="Date with time, ISO 8601; read as UTC when it has no offset, answered in UTC",
    specified_by_url=None,
    serialize=methodcaller("isoformat"),
    parse_value=wrap_parser(_to_utc, "DateTime"),
    parse_literal=None,
    origin=datetime,
)

SCALARS = {datetime: UTC_DATETIME}
