"""Races on PostgreSQL (SQLite runs one transaction at a time and would hide them).

Many requests at once through the real app: stock never oversold, balances never overdrawn,
an idempotency key never pays twice.
"""

import asyncio

from fenxiao.core import ledger
from fenxiao.core.models import AccountKind, Merchant, User
from fenxiao.core.security import hash_password
from tests.api import PASSWORD, Api, unique
from tests.factories import tokens_for
from tests.conftest import base_settings

HASH = hash_password(PASSWORD)


async def _users(count: int, settings) -> list[dict]:
    """Many users without paying for many argon2 hashes: created directly, tokens issued."""
    emails = [f"{unique('racer')}@example.com" for _ in range(count)]
    await User.bulk_create([User(email=email, password_hash=HASH) for email in emails])
    return [tokens_for(user, settings) for user in await User.filter(email__in=emails).order_by("id")]


async def _app(manager, schema):
    from fenxiao.schema.app import create_app

    settings = base_settings()
    return settings, create_app(settings, manager, schema, manage_db=False)


async def test_200_orders_for_50_units(pg_database, manager, schema):
    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant()
        product = await api.product(shop, price=100, stock=50)
        buyers = await _users(40, settings)
        results = await asyncio.gather(*(api.place(shop, buyers[i % 40], [(product["id"], 1)]) for i in range(200)))
        placed = [r for r in results if r["errors"] == []]
        refused = [r for r in results if r["errors"]]
        assert len(placed) == 50
        assert {e["code"] for r in refused for e in r["errors"]} == {"INSUFFICIENT_STOCK"}
        data = await api.ok("query($id: ID!) { product(id: $id) { available stockLevels { onHand reserved } } orders { totalCount } }",
                            {"id": product["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
        assert data["product"] == {"available": 0, "stockLevels": [{"onHand": 50, "reserved": 50}]}
        assert data["orders"]["totalCount"] == 50
        # A refused order writes nothing, not even the buyer's membership: the owner plus each
        # buyer with a placed order, exactly once although their orders raced each other.
        buyers_with_orders = {buyers[i % 40]["user_id"] for i, r in enumerate(results) if r["errors"] == []}
        members = await api.ok("{ memberships { totalCount } }", token=shop["owner"]["token"], merchant=shop["slug"])
        assert members["memberships"]["totalCount"] == 1 + len(buyers_with_orders)


async def test_50_withdrawals_against_a_balance_for_10(pg_database, manager, schema):
    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant(withdrawalMin=100)
        member = await api.register(merchant=shop["slug"])
        credit = await api.mutate("walletAdjust", {"memberId": member["id"], "amount": 10 * 1000, "reason": "bonus",
                                                   "idempotencyKey": unique("adj-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
        assert credit["errors"] == []
        results = await asyncio.gather(*(
            api.mutate("withdrawalRequest", {"amount": 1000, "method": "WECHAT", "accountName": "Li", "accountNumber": "wx",
                                             "idempotencyKey": unique("race-key-")}, token=member["token"], merchant=shop["slug"])
            for _ in range(50)
        ))
        assert sum(r["errors"] == [] for r in results) == 10
        assert {e["code"] for r in results for e in r["errors"]} == {"INSUFFICIENT_FUNDS"}
        wallet = await api.ok("{ wallet { available { minor } withdrawing { minor } } }", token=member["token"], merchant=shop["slug"])
        assert wallet["wallet"] == {"available": {"minor": 0}, "withdrawing": {"minor": 10000}}


async def test_one_key_pays_once_under_concurrency(pg_database, manager, schema):
    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant()
        product = await api.product(shop, price=500, stock=5)
        buyer = await api.register()
        order = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
        key = unique("same-key-")
        results = await asyncio.gather(*(api.pay(shop, order["id"], key) for _ in range(20)))
        assert all(r["errors"] == [] for r in results)
        assert len({r["payment"]["id"] for r in results}) == 1
        merchant = await Merchant.get(slug=shop["slug"])
        sales = await ledger.merchant_account(merchant.id, AccountKind.SALES)
        assert sales.balance == 500


async def test_one_key_places_one_order_under_concurrency(pg_database, manager, schema):
    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant()
        product = await api.product(shop, price=500, stock=5)
        buyer = await api.register()
        key = unique("place-twin-")
        results = await asyncio.gather(*(api.place(shop, buyer, [(product["id"], 2)], idempotencyKey=key) for _ in range(20)))
        assert all(r["errors"] == [] for r in results)
        assert len({r["order"]["id"] for r in results}) == 1
        data = await api.ok("query($id: ID!) { product(id: $id) { available } orders { totalCount } }", {"id": product["id"]},
                            token=shop["owner"]["token"], merchant=shop["slug"])
        assert data == {"product": {"available": 3}, "orders": {"totalCount": 1}}


async def test_two_settle_runs_at_once_release_each_commission_once(pg_database, manager, schema):
    from datetime import datetime, timedelta, timezone

    from fenxiao.core.models import Order
    from fenxiao.core.unit_of_work import unit_of_work
    from fenxiao.core.services.settlement import settle

    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant(afterSalesDays=1)
        product = await api.product(shop, price=100000, stock=5)
        buyer = await api.register()
        placed = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
        await api.pay(shop, placed["id"])
        members = await _users(20, settings)
        order = await Order.get(number=placed["number"])
        async with unit_of_work():
            for i in range(300):
                await ledger.accrue_commission(order, members[i % 20]["user_id"], 10 + i, source="test", kind="bonus", key=f"bonus-{i}")
        owner, slug = shop["owner"]["token"], shop["slug"]
        await api.mutate("orderShip", {"orderId": placed["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)
        await api.mutate("orderComplete", {"orderId": placed["id"]}, token=buyer["token"], merchant=slug)

        later = datetime.now(timezone.utc) + timedelta(days=2)
        first, second = await asyncio.gather(settle(manager, later, slug), settle(manager, later, slug))
        assert first.counts["commissions_released"] + second.counts["commissions_released"] == 300
        assert first.failures == second.failures == []
        merchant = await Merchant.get(slug=slug)
        total = 0
        for member in members:
            accounts = await ledger.member_accounts(merchant.id, member["user_id"])
            assert accounts[AccountKind.FROZEN].balance == 0
            total += accounts[AccountKind.AVAILABLE].balance
        assert total == sum(10 + i for i in range(300))


async def test_concurrent_shop_orders_never_oversell_a_resellers_cloud_stock(pg_database, manager, schema):
    from fenxiao.plugins.b2b_ordering import stock as cloud
    from tests.plugins.ordering import enable, levels, restock, stock, top_reseller

    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop = await api.merchant()
        await enable(api, shop)
        level = await levels(api, shop)
        product = await api.product(shop, price=1000, stock=500)
        seller = await top_reseller(api, shop, level["总代"])
        await restock(api, shop, seller, product, 20)
        buyers = await _users(25, settings)
        results = await asyncio.gather(*(api.place(shop, buyers[i % 25], [(product["id"], 1)], sellerId=seller["id"]) for i in range(100)))
        placed = [r["order"] for r in results if r["errors"] == []]
        assert len(placed) == 20
        assert {e["code"] for r in results for e in r["errors"]} == {"INSUFFICIENT_STOCK"}
        assert await stock(api, shop, seller) == {product["sku"]: (20, 20, 12000)}
        paid = await asyncio.gather(*(api.pay(shop, order["id"]) for order in placed))
        assert all(p["errors"] == [] for p in paid)
        assert await stock(api, shop, seller) == {product["sku"]: (0, 0, 0)}
        merchant = await Merchant.get(slug=shop["slug"])
        assert await cloud.problems(merchant.id) == []


async def test_two_approvals_for_one_district_grant_it_once(pg_database, manager, schema):
    from tests.plugins.agents import apply, setup

    settings, app = await _app(manager, schema)
    async with Api(app) as api:
        shop, level = await setup(api)
        first, second = await api.register(merchant=shop["slug"]), await api.register(merchant=shop["slug"])
        applications = await asyncio.gather(apply(api, shop, first, level[3], "330106"), apply(api, shop, second, level[3], "330106"))
        assert all(a["errors"] == [] for a in applications)  # both may ask while it is free
        results = await asyncio.gather(*(
            api.mutate("agentApplicationReview", {"applicationId": a["application"]["id"], "approve": True},
                       token=shop["owner"]["token"], merchant=shop["slug"], select="application { status }")
            for a in applications))
        assert sorted(r["application"]["status"] if r["application"] else r["errors"][0]["code"] for r in results) == ["AGENT_REGION_TAKEN", "APPROVED"]
        held = await api.ok('{ agentTerritories(filter: {regionCode: "330106"}) { totalCount } }', token=shop["owner"]["token"], merchant=shop["slug"])
        assert held["agentTerritories"]["totalCount"] == 1
