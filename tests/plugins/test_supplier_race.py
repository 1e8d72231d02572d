"""A supplier's money under concurrency, on PostgreSQL (SQLite would serialise the requests and hide the race).

The supplier's owner asks for many withdrawals at once against a balance that covers a few: the core's
conditional UPDATE lets exactly as many through as the balance pays for, and never drives it negative.
A refund after payout racing those withdrawals turns what is left into debt, never an overdraft.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import invariants
from tests.api import Api, unique
from tests.plugins import suppliers as sp
from tests.settling import settled
from tests.test_concurrency import _app


async def test_withdrawals_racing_a_refund_never_overdraw_a_supplier(pg_database, manager, schema):
    _, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await sp.setup(api, platform_bps=1000)
        _, owner = await sp.supplier(api, shop)
        goods = await sp.product(api, shop, owner, price=10_000, supply_price=6_000, stock=10)
        buyer = await api.register(merchant=shop["slug"])
        order = await sp.paid_order(api, shop, [(goods["productId"], 1)], buyer)  # share 9,000
        assert (await sp.ship(api, shop, owner, order["id"]))["errors"] == []
        assert (await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"]))["errors"] == []
        await settled(manager, utcnow() + timedelta(days=8), shop["slug"])
        assert (await sp.balance(api, shop, owner))["available"] == 9_000

        def withdrawal():
            return api.mutate("withdrawalRequest", {"amount": 2_000, "method": "ALIPAY", "accountName": "Supplier", "accountNumber": "alipay-9",
                                                    "idempotencyKey": unique("race-key-")}, token=owner["token"], merchant=shop["slug"])

        refund = api.mutate("orderRefund", {"orderId": order["id"], "reason": "returned", "idempotencyKey": unique("refund-key-")},
                            token=shop["owner"]["token"], merchant=shop["slug"])
        results = await asyncio.gather(refund, *(withdrawal() for _ in range(12)))
        assert results[0]["errors"] == [], results[0]["errors"]
        granted = sum(r["errors"] == [] for r in results[1:])
        assert {e["code"] for r in results[1:] for e in r["errors"]} <= {"INSUFFICIENT_FUNDS"}
        assert granted <= 4  # 9,000 pays four withdrawals of 2,000 at most
        money = await sp.balance(api, shop, owner)
        assert money["withdrawing"] == 2_000 * granted
        assert money["available"] >= 0 and money["available"] - money["debt"] == 9_000 - 9_000 - 2_000 * granted
        assert await invariants.all_problems(None, manager) == []
