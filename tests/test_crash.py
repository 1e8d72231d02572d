"""Crash safety: a real server under concurrent order load is killed with SIGKILL, restarted, and
nothing is lost or done twice.

Buyers place and pay orders (social commission on three levels, a district agent's bonus) with
idempotency keys, as a storefront does. Mid-load the server process group gets SIGKILL: requests in
flight die with it and their clients cannot know whether they landed. After a restart every client
retries everything it ever sent with the same keys, the ones it saw succeed included. Then: exactly
one order and one payment per placement key, every order paid, three commissions and one agent
bonus per order, stock reserved for exactly those orders, and `fenxiao check` passes.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import signal
from dataclasses import dataclass

import httpx
import pytest

from fenxiao.core import db
from fenxiao.core.models import Commission, Order, OrderStatus, Payment, StockLevel
from tests.api import ADDRESS, Api, unique
from tests.conftest import PG_TEMPLATE, base_settings
from tests.pgserver import create_database, drop_database
from tests.plugins import agents, social
from tests.server import Server

CLIENTS = 16
KILL_AFTER_PAID = 40  # paid orders seen by the clients before the kill


@dataclass
class Purchase:
    """One checkout as its client sees it: the keys it sent, and what came back (None: no answer)."""

    place_key: str
    pay_key: str
    order_id: str | None = None
    paid: bool = False


async def _database(backend: str, tmp_path, sqlite_template, pg_server) -> tuple[str, str | None]:
    if backend == "sqlite":
        path = tmp_path / "crash.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite://{path}", None
    name = unique("fenxiao_crash_")
    return await create_database(pg_server, name, template=PG_TEMPLATE), name


async def _shop(api: Api) -> tuple[dict, dict, list[dict]]:
    """A merchant with social distribution (three levels) and a district agent for the buyers' address."""
    await agents.divisions()
    shop = await api.merchant()
    configured = await social.configure(api, shop, join_mode="invitation", depth=3, level_rates_bps=[1000, 500, 300])
    assert configured["errors"] == [], configured["errors"]
    enabled = await api.mutate("merchantPluginConfigure", {"plugin": agents.PLUGIN, "enabled": True, "config": {}},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert enabled["errors"] == [], enabled["errors"]
    level = await api.mutate("agentLevelCreate", {"name": "区级代理", "depth": 3, "rateBps": 200},
                             token=shop["owner"]["token"], merchant=shop["slug"], select="agentLevel { id }")
    await agents.agent(api, shop, level["agentLevel"]["id"], ADDRESS["regionCode"])
    product = await api.product(shop, price=1999, stock=10_000)
    chain = await social.chain(api, shop, 3, distributors=3)
    code = (await social.me(api, shop, chain[-1]))["shareCode"]
    buyers = [await api.register(merchant=shop["slug"], referralCode=code) for _ in range(CLIENTS)]
    return shop, product, buyers


async def _checkout(api: Api, shop: dict, product: dict, buyer: dict, purchase: Purchase) -> None:
    """Place and pay one order; a transport error (the server died) propagates to the caller."""
    placed = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}], "shippingAddress": ADDRESS,
                                             "idempotencyKey": purchase.place_key},
                              token=buyer["token"], merchant=shop["slug"], select="order { id }")
    assert placed["errors"] == [], placed["errors"]
    if purchase.order_id is not None:
        assert placed["order"]["id"] == purchase.order_id, "a retried placement made a second order"
    purchase.order_id = placed["order"]["id"]
    paid = await api.mutate("orderPay", {"orderId": purchase.order_id, "idempotencyKey": purchase.pay_key, "reference": "crash"},
                            token=shop["owner"]["token"], merchant=shop["slug"], select="order { status }")
    assert paid["errors"] == [], paid["errors"]
    assert paid["order"]["status"] == "PAID"
    purchase.paid = True


async def _load(api: Api, shop: dict, product: dict, buyers: list[dict], server: Server) -> list[list[Purchase]]:
    """Every client checks out in a loop until the server is killed under it, at a moment no
    response marks: once enough orders are paid, after a random few milliseconds more of load."""
    journals: list[list[Purchase]] = [[] for _ in buyers]
    enough, killed = asyncio.Event(), asyncio.Event()

    async def client(i: int) -> None:
        while True:
            purchase = Purchase(unique(f"place-{i}-"), unique(f"pay-{i}-"))
            journals[i].append(purchase)
            try:
                await _checkout(api, shop, product, buyers[i], purchase)
            except httpx.TransportError:
                assert killed.is_set(), "a request failed before the server was killed"
                return
            if sum(p.paid for journal in journals for p in journal) >= KILL_AFTER_PAID:
                enough.set()

    async def killer() -> None:
        await enough.wait()
        await asyncio.sleep(random.uniform(0, 0.05))
        killed.set()
        server.kill()

    await asyncio.gather(killer(), *(client(i) for i in range(len(buyers))))
    return journals


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_sigkill_mid_load_then_retries_lose_nothing_and_double_nothing(backend, manager, schema, sqlite_template, pg_server, tmp_path):
    from fenxiao.schema.app import create_app
    from tests.test_check import _check

    if backend == "postgres" and pg_server is None:
        pytest.skip("PostgreSQL not available")
    url, pg_name = await _database(backend, tmp_path, sqlite_template, pg_server)
    server = Server(url, workers=2 if backend == "postgres" else 1, log=tmp_path / "server.log")
    try:
        await db.init(db.tortoise_config(base_settings(url), manager))
        manager.forget_all()
        async with Api(create_app(base_settings(url), manager, schema, manage_db=False)) as local:
            shop, product, buyers = await _shop(local)
        await db.close()

        await server.start()
        async with Api(base_url=server.base_url) as api:
            journals = await _load(api, shop, product, buyers, server)
        assert server.process.returncode == -signal.SIGKILL
        unanswered = [p for journal in journals for p in journal if not p.paid]
        assert unanswered, "the kill should cut some checkouts off mid-flight"

        await server.start()
        async with Api(base_url=server.base_url) as api:
            # Every client retries everything it sent, the answered ones too: no double effects either way.
            await asyncio.gather(*(_checkout(api, shop, product, buyers[i], purchase)
                                   for i, journal in enumerate(journals) for purchase in journal))
        server.stop()

        purchases = [p for journal in journals for p in journal]
        await db.init(db.tortoise_config(base_settings(url), manager))
        try:
            orders = await Order.all().values_list("id", "status")
            assert len(orders) == len(purchases) == len({p.order_id for p in purchases})
            assert {status for _, status in orders} == {OrderStatus.PAID}
            assert await Payment.all().count() == len(purchases)
            assert await Commission.filter(source=social.PLUGIN).count() == 3 * len(purchases)
            assert await Commission.filter(source=agents.PLUGIN).count() == len(purchases)
            level = await StockLevel.get()  # the shop's one product in its one warehouse
            assert (level.on_hand, level.reserved) == (10_000, len(purchases))
        finally:
            await db.close()
        checked = _check(url)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        server.stop()
        if pg_name:
            await drop_database(pg_server, pg_name)
