"""Column types that carry meaning beyond their SQL type.

The admin generator (schema/admin.py) maps them to GraphQL: a `MoneyField`
becomes `Money`, a `RateField` stays an `Int` documented as basis points.
"""

from typing import Any

from tortoise import fields


class MoneyField(fields.BigIntField):
    """An amount in minor units (fen). Never a float, never a decimal column."""


class RateField(fields.IntField):
    """A rate in basis points: 1% = 100, 100% = 10000 (and never outside that)."""

    def __init__(self, **kwargs: Any) -> None:
        from fenxiao.core.ranges import RATE

        kwargs.setdefault("validators", RATE.validators())
        super().__init__(**kwargs)
