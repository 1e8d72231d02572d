"""The `Money` GraphQL type: exact amounts, never floats."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from fenxiao.core.money import to_decimal


@strawberry.type(description="An amount of money. `amount` is exact decimal text in major units; `minor` is the integer in minor units (fen).")
class Money:
    minor: int
    currency: str
    amount: Decimal = strawberry.field(default=None, description="Major units as exact decimal text, e.g. \"123.45\".")

    def __post_init__(self) -> None:
        # Computed here, not by a resolver: a plain attribute costs the executor far less
        # than a resolver call, and a catalog page holds hundreds of amounts.
        self.amount = to_decimal(self.minor, self.currency)


def money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money(minor=minor, currency=currency)
