"""The valid range of every number a client or a merchant can give: amounts, rates, quantities,
thresholds. Declared once where the number enters — a model column (`validators=Range.validators()`),
a GraphQL input field (`schema.inputs.ranged`), a plugin config field (`Field(**Range.bounds())`) —
and checked there before anything runs, so that a negative reward, a zero level price or an
amount no column holds is answered INVALID with its field instead of being settled.

GraphQL's `Int` is 32-bit, so no input amount can be larger than MAX_AMOUNT anyway; the range
says so in the schema and holds for config models (JSON has no such limit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.validators import MaxValueValidator, MinValueValidator

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.money import BPS

MAX_AMOUNT = 2_000_000_000      # minor units: ¥20,000,000.00, the most one amount (a price, a reward, a withdrawal) may be
MAX_QUANTITY = 1_000_000        # units of one product in one line, one adjustment, one restock
MAX_COUNT = 1_000_000           # people, orders: thresholds counted in heads
MAX_RANK = 1_000                # ordering positions (levels, grades, warehouses)


@dataclass(frozen=True)
class Range:
    """Inclusive bounds of a number, and what it counts (for the message)."""

    low: int
    high: int
    unit: str = ""

    def __contains__(self, value: object) -> bool:  # ints, and floats for coordinates (NaN is in no range)
        return isinstance(value, int | float) and not isinstance(value, bool) and self.low <= value <= self.high

    def describe(self) -> str:
        return f"between {self.low} and {self.high}" + (f" {self.unit}" if self.unit else "")

    def error(self, value: Any, field: str) -> DomainError | None:
        """INVALID naming `field` when `value` is outside; None when it is inside (or absent)."""
        if value is None or value in self:
            return None
        return DomainError(ErrorCode.INVALID, self.describe(), field)

    def validators(self) -> list[Any]:
        """Tortoise validators for a model column holding this range."""
        return [MinValueValidator(self.low), MaxValueValidator(self.high)]

    def bounds(self) -> dict[str, int]:
        """pydantic `Field(**range.bounds())`."""
        return {"ge": self.low, "le": self.high}

    @classmethod
    def of_validators(cls, validators: list[Any]) -> Range | None:
        """The range a column's Tortoise validators declare, if they declare both ends."""
        low = next((v.min_value for v in validators if isinstance(v, MinValueValidator)), None)
        high = next((v.max_value for v in validators if isinstance(v, MaxValueValidator)), None)
        return None if low is None or high is None else cls(int(low), int(high))


AMOUNT = Range(0, MAX_AMOUNT, "minor units")             # may be zero: a fee, a deposit, a reward left off
PRICE = Range(1, MAX_AMOUNT, "minor units")              # zero would give the goods away: a price, a withdrawal, a target
SIGNED_AMOUNT = Range(-MAX_AMOUNT, MAX_AMOUNT, "minor units")  # a correction in either direction
RATE = Range(0, BPS, "basis points")
QUANTITY = Range(1, MAX_QUANTITY, "units")
STOCK_DELTA = Range(-MAX_QUANTITY, MAX_QUANTITY, "units")
COUNT = Range(0, MAX_COUNT)
RANK = Range(0, MAX_RANK)
LATITUDE = Range(-90, 90, "degrees")                     # WGS-84, as maps give them
LONGITUDE = Range(-180, 180, "degrees")
