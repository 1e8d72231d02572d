"""Orders benchmark: place + pay orders that trigger every mode, on PostgreSQL with 32 clients.

Each client is a buyer bound to the bottom of its own three-level distributor line
(social commission on three levels), ordering from its own reseller's shop (the reseller's
cloud stock and sale) and shipping to a district whose agents earn a bonus (the demo's
district, city and province agents). Served by two workers; bench/checkout_load.py drives
it from another process. Baseline: the same server answering an empty query (`{ __typename }`)
at the same concurrency, i.e. what HTTP, the context and GraphQL cost before any work.

Queries per order are counted in process (development settings count statements) for a buyer
at the bottom of a line of depth 3 and of depth 1,000: they must be the same. So are those of a
pickup order (placed at a store, paid, made ready and handed over at the counter) with the demo's
five stores and with a hundred more, and those of a split consignment order (a line of the brand and
one of each of two suppliers, shipped in three parcels) with the demo's three suppliers and fifty more.

Run alone: python -m bench.orders [--seconds 15] [--clients 32]
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from contextlib import asynccontextmanager

import httpx

from bench.harness import MERCHANT, SECRET, Section, Served, env_for, load, new_database, postgres, ratio, run_alone, run_cli, verdict
from bench.paths import REPOSITORY as PROJECT_DIR

TARGET = 300  # paid orders per second
REGIONS = ["330106", "330108", "440305", "310104"]  # the demo's district agents (with their city and province above)
SCHEMA_FREE = "{ __typename }"


async def _seed(database_url: str, clients: int, depths: list[int]) -> dict:
    """Resellers with cloud stock, distributor lines and buyers; tokens to drive them."""
    from fenxiao.core import db
    from fenxiao.core.demo import OWNER_EMAIL
    from fenxiao.core.models import Merchant, Product, ProductStatus, StockReason, User, Warehouse
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.plugin_types import HookContext
    from fenxiao.core.security import issue_token
    from fenxiao.core.services import accounts, orders, stock
    from fenxiao.core.settings import Settings
    from fenxiao.core.unit_of_work import unit_of_work
    from fenxiao.plugins.b2b2c_social import network, service as social
    from fenxiao.plugins.b2b2c_social.models import BindingSource
    from fenxiao.plugins.b2b_ordering import service as ordering
    from fenxiao.plugins.b2b_ordering.models import OrderingLevel, ResellerStatus
    from fenxiao.schema.relay import encode_id

    manager = PluginManager.discover()
    await db.init(db.tortoise_config(Settings(database_url=database_url), manager))
    try:
        merchant = await Merchant.get(slug=MERCHANT)
        owner = await User.get(email=OWNER_EMAIL)
        ctx = HookContext(merchant=merchant, user=owner, plugins=await manager.for_merchant(merchant))
        gateway = manager.gateway("manual")
        product = await Product.filter(merchant_id=merchant.id, status=ProductStatus.ACTIVE).order_by("id").first()
        warehouse = await Warehouse.filter(merchant_id=merchant.id).order_by("id").first()
        async with unit_of_work():
            await stock.adjust(merchant.id, product.id, warehouse.id, 1_000_000, StockReason.RECEIPT, None, "benchmark stock")
        level = await OrderingLevel.filter(merchant_id=merchant.id).order_by("-rank").first()
        people = 0

        async def person(kind: str) -> User:
            nonlocal people
            people += 1
            user = await User.create(email=f"bench-{kind}-{people}@example.com", display_name=f"压测{people}", password_hash="-")
            await accounts.join(ctx, user)
            return user

        async def line(depth: int) -> str:
            """A line of `depth` distributors; the share code of its bottom one. A unit of work per member, as
            members join one by one (one long transaction rewriting the same ancestors' counters a thousand
            times would keep every old row version alive and slow PostgreSQL down quadratically)."""
            code = None
            for _ in range(depth):
                async with unit_of_work():
                    member = await person("distributor")
                    if code is not None:
                        await network.bind(ctx, member.id, code, BindingSource.LINK, is_new_member=True)
                    await social.promote(ctx, member.id, "benchmark")
                    code = (await network.member(merchant.id, member.id)).share_code
            return code

        async def reseller() -> User:
            async with unit_of_work():
                user = await person("reseller")
                await ordering._create(ctx, user, level, None, ResellerStatus.ACTIVE, {}, "benchmark reseller")
                ctx.user = user
                restock = await orders.place(ctx, user, orders.PlaceOrder(
                    lines=[orders.LineInput(product.id, 10_000)], address=None, fulfillment_method=ordering.CLOUD_STOCK,
                    attribution={ordering.NAME: {"kind": ordering.RESTOCK}}))
                ctx.user = owner
                await orders.pay(ctx, restock, gateway, f"bench-restock-{restock.number}")
            return user

        def token(user: User) -> str:
            return issue_token(SECRET, user.id, user.token_version, 24 * 3600)[0]

        async def buyer(code: str) -> User:
            async with unit_of_work():
                user = await person("buyer")
                await network.bind(ctx, user.id, code, BindingSource.LINK, is_new_member=True)
            return user

        seed = {"merchant": MERCHANT, "owner_token": token(owner), "product_id": encode_id("Product", product.id), "clients": []}
        for i in range(clients):
            seed["clients"].append({"token": token(await buyer(await line(3))), "seller_id": encode_id("User", (await reseller()).id),
                                    "region": REGIONS[i % len(REGIONS)]})
        seed["probes"] = {}
        for depth in depths:
            seed["probes"][depth] = {"token": token(await buyer(await line(depth))), "seller_id": seed["clients"][0]["seller_id"],
                                     "region": REGIONS[0]}
        return seed
    finally:
        await db.close()


async def in_process(database_url: str, seed: dict, probe: dict, profiled: int = 0) -> tuple[int, str]:
    """SQL statements of one orderPlace + orderPay, counted in process (development settings count them);
    then, if asked, `profiled` more checkouts under cProfile: where an order's time goes."""
    from bench.checkout_load import PAY, PLACE
    from bench.profile import describe, profile_async
    from fenxiao.core import db
    from fenxiao.schema.app import create_app
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.settings import Settings

    manager = PluginManager.discover()
    settings = Settings(database_url=database_url, secret_key=SECRET, debug_queries=True)
    await db.init(db.tortoise_config(settings, manager))
    try:
        app = create_app(settings, manager, manage_db=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            async def checkout() -> int:
                placed = (await client.post("/graphql", json={"query": PLACE, "variables": {"i": {
                    "lines": [{"productId": seed["product_id"], "quantity": 1}], "sellerId": probe["seller_id"],
                    "shippingAddress": {"name": "买家", "phone": "13800138000", "regionCode": probe["region"], "address": "1 号"}}}},
                    headers={"X-Merchant": MERCHANT, "Authorization": f"Bearer {probe['token']}"})).json()
                assert not placed["data"]["orderPlace"]["errors"], placed
                paid = (await client.post("/graphql", json={"query": PAY, "variables": {"i": {
                    "orderId": placed["data"]["orderPlace"]["order"]["id"], "idempotencyKey": uuid.uuid4().hex, "reference": "bench"}}},
                    headers={"X-Merchant": MERCHANT, "Authorization": f"Bearer {seed['owner_token']}"})).json()
                assert not paid["data"]["orderPay"]["errors"], paid
                return placed["extensions"]["queries"] + paid["extensions"]["queries"]

            await checkout()  # the first order warms the caches; count the second
            statements = await checkout()
            profile = ""
            if profiled:
                async def work() -> None:
                    for _ in range(profiled):
                        await checkout()

                profile = describe(await profile_async(work), profiled, "paid order")
        return statements, profile
    finally:
        await db.close()


READY = "mutation($i: PickupMarkReadyInput!) { pickupMarkReady(input: $i) { errors { field code message } } }"
VERIFY = "mutation($i: PickupVerifyInput!) { pickupVerify(input: $i) { order { status } errors { field code message } } }"


@asynccontextmanager
async def _counting_client(database_url: str):
    """The bench database opened in this process, its merchant, the plugin manager, and `call(query, input,
    token)` → (payload, SQL statements the request ran) against the app (development settings count them)."""
    from fenxiao.core import db
    from fenxiao.core.models import Merchant
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.settings import Settings
    from fenxiao.schema.app import create_app

    manager = PluginManager.discover()
    settings = Settings(database_url=database_url, secret_key=SECRET, debug_queries=True)
    await db.init(db.tortoise_config(settings, manager))
    try:
        app = create_app(settings, manager, manage_db=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            async def call(query: str, variables: dict, token: str) -> tuple[dict, int]:
                body = (await client.post("/graphql", json={"query": query, "variables": {"i": variables}},
                                          headers={"X-Merchant": MERCHANT, "Authorization": f"Bearer {token}"})).json()
                payload = next(iter(body["data"].values()))
                assert not payload["errors"], body
                return payload, body["extensions"]["queries"]

            yield await Merchant.get(slug=MERCHANT), manager, call
    finally:
        await db.close()


def _token(user) -> str:
    from fenxiao.core.security import issue_token

    return issue_token(SECRET, user.id, user.token_version, 3600)[0]


async def pickup_statements(database_url: str, seed: dict, more_stores: int) -> int:
    """SQL statements of one pickup order — place at the demo's first store, pay, mark ready, hand over
    at the counter — after opening `more_stores` more stores: the count must not depend on them."""
    from bench.checkout_load import PAY, PLACE
    from fenxiao.core.models import User
    from fenxiao.core.plugin_types import HookContext
    from fenxiao.core.unit_of_work import unit_of_work
    from fenxiao.plugins.store_pickup import service as stores
    from fenxiao.plugins.store_pickup.models import Store
    from fenxiao.schema.relay import encode_id

    async with _counting_client(database_url) as (merchant, manager, call):
        clerk = await User.get(email="clerk0@demo.fenxiao.dev")
        store = await Store.filter(merchant_id=merchant.id).order_by("id").first()
        ctx = HookContext(merchant=merchant, user=clerk, plugins=await manager.for_merchant(merchant))
        opened = await Store.filter(merchant_id=merchant.id).count()
        for n in range(more_stores):
            async with unit_of_work():
                await stores.save_store(ctx, None, stores.StoreData(
                    code=f"BENCH-{opened + n}", name=f"压测门店 {n}", region_code="310104", address="上海市徐汇区",
                    latitude=31.19 + n * 0.001, longitude=121.43, hours=[stores.Opening(d, "09:00", "21:00") for d in range(7)]))
        clerk_token = _token(clerk)
        buyer = seed["clients"][0]

        async def pickup_order() -> int:
            placed, n1 = await call(PLACE, {"lines": [{"productId": seed["product_id"], "quantity": 1}], "storeId": encode_id("Store", store.id),
                                            "fulfillmentMethod": stores.PICKUP, "shippingAddress": {
                                                "name": "买家", "phone": "13800138000", "regionCode": store.region_code, "address": store.address}},
                                    buyer["token"])
            order_id = placed["order"]["id"]
            _, n2 = await call(PAY, {"orderId": order_id, "idempotencyKey": uuid.uuid4().hex, "reference": "bench"}, seed["owner_token"])
            _, n3 = await call(READY, {"orderId": order_id}, clerk_token)
            _, n4 = await call(VERIFY, {"storeId": encode_id("Store", store.id), "orderId": order_id}, clerk_token)
            return n1 + n2 + n3 + n4

        await pickup_order()  # warms the caches
        return await pickup_order()


SHIP = "mutation($i: OrderShipInput!) { orderShip(input: $i) { errors { field code message } } }"
SUPPLIER_SHIP = "mutation($i: SupplierShipInput!) { supplierShip(input: $i) { order { status } errors { field code message } } }"


async def split_statements(database_url: str, seed: dict, more_suppliers: int) -> int:
    """SQL statements of one split consignment order — a line of the brand and one of each of the demo's
    two consignment suppliers: placed, paid, and shipped in three parcels by the brand and each supplier —
    after `more_suppliers` more suppliers settled in, each with a product in stock: the count must not
    depend on them."""
    from bench.checkout_load import PAY, PLACE
    from fenxiao.core.models import OrderLine, User
    from fenxiao.core.plugin_types import HookContext
    from fenxiao.core.services import accounts
    from fenxiao.core.unit_of_work import unit_of_work
    from fenxiao.plugins.supplier import service as suppliers
    from fenxiao.plugins.supplier.models import Supplier, SupplierChangeStatus, SupplierProduct
    from fenxiao.schema.relay import decode_id, encode_id

    async with _counting_client(database_url) as (merchant, manager, call):
        staff = await User.get(email="staff@demo.fenxiao.dev")
        ctx = HookContext(merchant=merchant, user=staff, plugins=await manager.for_merchant(merchant))
        settled_in = await Supplier.filter(merchant_id=merchant.id).count()
        for n in range(more_suppliers):
            async with unit_of_work():
                user = await User.create(email=f"bench-supplier{settled_in + n}@bench.example", display_name=f"供应商 {n}", password_hash="x")
                await accounts.join(ctx, user)
                ctx.user = user
                applied = await suppliers.apply(ctx, suppliers.Application(
                    f"bench-{settled_in + n}", f"压测供应商 {n}", "联系人", "13900000000", "91330100MA2B0000XK", ["bench"],
                    "62220000000000000000", suppliers.config(ctx).agreement_version))
                ctx.user = staff
                await suppliers.review(ctx, applied, True, "")
                ctx.user = user
                [change] = await suppliers.propose(ctx, applied, None, {"sku": f"BENCH-SUP-{settled_in + n}", "title": "压测商品",
                                                                        "form": "consignment", "price": 1000, "supply_price": 600})
                ctx.user = staff
                change = await suppliers.decide(ctx, change, SupplierChangeStatus.APPROVED, "")
                ctx.user = user
                await suppliers.propose(ctx, applied, change.supply_id, {"stock": 100})
        florist, baker = [_token(await User.get(email=f"supplier{i}@demo.fenxiao.dev")) for i in (1, 2)]
        rose = await SupplierProduct.get(merchant_id=merchant.id, product__sku="FL-ROSE-33")
        qingtuan = await SupplierProduct.get(merchant_id=merchant.id, product__sku="SN-QINGTUAN-6")
        buyer = seed["clients"][0]

        async def split_order() -> int:
            lines = [{"productId": seed["product_id"], "quantity": 1}, {"productId": encode_id("Product", rose.product_id), "quantity": 1},
                     {"productId": encode_id("Product", qingtuan.product_id), "quantity": 1}]
            placed, n1 = await call(PLACE, {"lines": lines, "shippingAddress": {
                "name": "买家", "phone": "13800138000", "regionCode": "310104", "address": "上海市徐汇区天钥桥路 1 号"}}, buyer["token"])
            order_id = placed["order"]["id"]
            _, n2 = await call(PAY, {"orderId": order_id, "idempotencyKey": uuid.uuid4().hex, "reference": "bench"}, seed["owner_token"])
            brand_line = await OrderLine.get(order_id=decode_id(order_id, "Order"), product_id=decode_id(seed["product_id"], "Product"))
            _, n3 = await call(SHIP, {"orderId": order_id, "carrier": "SF", "trackingNumber": uuid.uuid4().hex[:20],
                                      "lines": [{"lineId": encode_id("OrderLine", brand_line.id), "quantity": 1}]}, seed["owner_token"])
            _, n4 = await call(SUPPLIER_SHIP, {"orderId": order_id, "carrier": "SF", "trackingNumber": uuid.uuid4().hex[:20]}, florist)
            shipped, n5 = await call(SUPPLIER_SHIP, {"orderId": order_id, "carrier": "SF", "trackingNumber": uuid.uuid4().hex[:20]}, baker)
            assert shipped["order"]["status"] == "SHIPPED", shipped
            return n1 + n2 + n3 + n4 + n5

        await split_order()  # warms the caches
        return await split_order()


def checkout_load(url: str, seed: dict, seconds: float) -> dict:
    import json
    import subprocess

    spec = {**{k: seed[k] for k in ("merchant", "owner_token", "product_id", "clients")}, "url": url, "seconds": seconds}
    done = subprocess.run([sys.executable, "-m", "bench.checkout_load", json.dumps(spec)], cwd=PROJECT_DIR,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the checkout load failed: {done.stderr[-3000:]}")
    return json.loads(done.stdout)


def run(seconds: float = 15.0, clients: int = 32) -> list[Section]:
    section = Section(
        "Orders: place + pay triggering every mode",
        f"PostgreSQL (fsync on), 2 workers, {clients} clients each placing and paying orders for {seconds:g} s: a shop sale of the "
        "client's reseller (cloud stock), social commission on three levels, district/city/province agent bonuses. "
        f"Baseline: the same server answering `{SCHEMA_FREE}`. Target ≥ {TARGET} paid orders/s.",
        ["measure", "figure", "baseline", "vs baseline", "target"],
    )
    with postgres() as dsn:
        if dsn is None:
            section.notes.append("PostgreSQL is not installed here: not measured.")
            return [section]
        url = new_database(dsn, "bench_orders")
        run_cli("demo", database_url=url)
        seed = asyncio.run(_seed(url, clients, [3, 1000]))
        counts = {depth: asyncio.run(in_process(url, seed, probe))[0] for depth, probe in seed["probes"].items()}
        pickups = {opened: asyncio.run(pickup_statements(url, seed, more)) for opened, more in ((5, 0), (105, 100))}
        splits = {settled: asyncio.run(split_statements(url, seed, more)) for settled, more in ((3, 0), (53, 50))}
        _, profile = asyncio.run(in_process(url, seed, seed["probes"][3], profiled=30))
        served = Served([sys.executable, "-m", "fenxiao.schema.cli", "serve", "--port", "{port}", "--workers", "2", "--log-level", "warning"],
                        env_for(url), {"query": SCHEMA_FREE}, {"X-Merchant": MERCHANT})
        with served:
            checkout_load(served.url, {**seed, "clients": seed["clients"][:4]}, 2)  # warm-up
            figures = checkout_load(served.url, seed, seconds)
            floor = load(served.url, {"query": SCHEMA_FREE}, {"X-Merchant": MERCHANT}, clients, 5)
    section.rows.append(["paid orders/s", figures["per_second"], f"{floor['rps']} req/s (empty query)",
                         ratio(figures["per_second"], floor["rps"]), verdict(figures["per_second"] >= TARGET)])
    section.rows.append(["checkout p50 / p95 / p99 ms (place + pay)", f"{figures['p50']} / {figures['p95']} / {figures['p99']}",
                         f"{floor['p50']} / {floor['p95']} / {floor['p99']}", "", ""])
    section.rows.append(["errors", figures["errors"], floor["errors"], "", ""])
    section.rows.append(["SQL statements per order, network depth 3", counts[3], "", "", ""])
    section.rows.append(["SQL statements per order, network depth 1,000", counts[1000], "", "",
                         verdict(counts[1000] == counts[3]) + " (same as depth 3)"])
    section.rows.append(["SQL statements per pickup order (place, pay, ready, hand over), 5 stores", pickups[5], "", "", ""])
    section.rows.append(["SQL statements per pickup order, 105 stores", pickups[105], "", "",
                         verdict(pickups[105] == pickups[5]) + " (same as 5 stores)"])
    section.rows.append(["SQL statements per split consignment order (place, pay, three parcels), 3 suppliers", splits[3], "", "", ""])
    section.rows.append(["SQL statements per split consignment order, 53 suppliers", splits[53], "", "",
                         verdict(splits[53] == splits[3]) + " (same as 3 suppliers)"])
    section.notes.append(f"Profile of 30 checkouts in one process (depth 3): {profile}.")
    if figures["first_error"]:
        section.notes.append(f"first error: {figures['first_error'][:300]}")
    return [section]



if __name__ == "__main__":
    sys.exit(run_alone(run, __doc__))
