"""Many clerks verifying one code at once, on PostgreSQL (SQLite would serialise them and hide the race).

Exactly one handover succeeds: one verification recorded, the goods leave the store once, the clerk
earns one commission; every other attempt is refused PICKUP_ALREADY_COLLECTED.
"""

from __future__ import annotations

import asyncio

from fenxiao.plugins.store_pickup.models import StoreVerification
from tests.api import Api
from tests.plugins import stores as s
from tests.test_concurrency import _app


async def test_twenty_verifications_of_one_code_give_one_handover(pg_database, manager, schema):
    _, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await s.setup(api, clerk_bps=500)
        here = await s.store(api, shop, "XH")
        clerks = [await s.clerk(api, shop, here) for _ in range(4)]
        product = await api.product(shop, price=8_000, stock=0)
        await s.stock(api, shop, here, product, 3)
        buyer = await api.register(merchant=shop["slug"])
        order = (await s.place_pickup(api, shop, buyer, here, [(product["id"], 2)]))["order"]
        await api.pay(shop, order["id"])
        await s.ready(api, shop, clerks[0], order["id"])
        code = (await s.my_pickup(api, shop, buyer, order["id"]))["code"]

        results = await asyncio.gather(*(s.verify(api, shop, clerks[i % 4], here, code=code) for i in range(20)))
        succeeded = [r for r in results if r["errors"] == []]
        assert len(succeeded) == 1
        assert {e["code"] for r in results for e in r["errors"]} == {"PICKUP_ALREADY_COLLECTED"}
        assert await StoreVerification.filter(store_id=s_pk(here)).count() == 1
        assert (await s.held(api, shop, here))[product["id"]] == (1, 0)
        paid = [c for clerk in clerks for c in await s.commissions(api, shop, clerk)]
        assert [c["amount"]["minor"] for c in paid] == [800]  # 5% of 16000, once


def s_pk(store_row: dict) -> int:
    from fenxiao.plugins import decode_id

    return decode_id(store_row["id"], "Store")
