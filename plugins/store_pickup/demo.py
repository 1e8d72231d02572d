"""The demo merchant's stores: five in Shanghai and Hangzhou with hours, stock, clerks and orders in every pickup state."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core.models import StockReason, User
from fenxiao.core.services import accounts, orders, refund_requests, stock
from fenxiao.plugins import HookContext
from fenxiao.plugins.store_pickup import service
from fenxiao.plugins.store_pickup.models import StorePickup

DAILY = [service.Opening(day, "09:00", "21:00") for day in range(7)]
STORES = [  # code, name, region, address, latitude, longitude, hours, delivery km
    ("SH-XH", "徐汇天钥桥店", "310104", "上海市徐汇区天钥桥路 133 号", 31.1947, 121.4365, DAILY, 5),
    ("SH-JA", "静安南京西路店", "310106", "上海市静安区南京西路 1266 号", 31.2286, 121.4517, DAILY, 3),
    ("SH-PD", "浦东陆家嘴 24 小时店", "310115", "上海市浦东新区世纪大道 8 号", 31.2397, 121.4998,
     [service.Opening(day, "00:00", "24:00") for day in range(7)], 0),
    ("HZ-XH", "杭州西湖文三路店", "330106", "浙江省杭州市西湖区文三路 90 号", 30.2787, 120.1335, DAILY[:6], 5),  # closed Sundays
    ("HZ-BJ", "杭州滨江星光店", "330108", "浙江省杭州市滨江区网商路 699 号", 30.2084, 120.2120,
     [service.Opening(day, "10:00", "02:00") for day in range(7)], 0),  # open past midnight
]


async def build_stores(ctx: HookContext, data: dict) -> None:
    merchant, owner, products = ctx.merchant, data["owner"], data["products"]
    stores = []
    new_year = date(utcnow().year + 1, 1, 1)
    for index, (code, name, region, address, lat, lng, hours, radius) in enumerate(STORES):
        manager = await User.create(email=f"store{index}@demo.fenxiao.dev", display_name=f"{name}店长", password_hash=data["password_hash"])
        clerk = await User.create(email=f"clerk{index}@demo.fenxiao.dev", display_name=f"{name}店员", password_hash=data["password_hash"])
        for user in (manager, clerk):
            await accounts.join(ctx, user)
        store = await service.save_store(ctx, None, service.StoreData(
            code=code, name=name, region_code=region, address=address, latitude=lat, longitude=lng, phone="021-6000000" + str(index),
            hours=hours, delivery_radius_km=radius, manager_id=manager.id, lead_minutes=60, store_bps=300, clerk_bps=200,
            exceptions=[service.Closure(new_year, note="元旦休息"), service.Closure(new_year + timedelta(days=1), "12:00", "18:00", "元旦次日")],
        ))
        for user in (manager, clerk):
            await service.add_clerk(ctx, store, user.id)
        for product in products:
            await stock.adjust(merchant.id, product.id, store.warehouse_id, 20, StockReason.RECEIPT, owner.id, "store opening stock")
        stores.append((store, manager, clerk))

    gateway = ctx.plugins.manager.gateway("manual")
    customers = data["customers"]

    async def pickup_order(n: int, store_index: int, lines: list[tuple[int, int]], method: str = service.PICKUP, sold_by_clerk: bool = False):
        store, _, clerk = stores[store_index]
        buyer = customers[n % len(customers)]
        ctx.user = buyer
        address = orders.AddressInput(buyer.display_name, "13900139000", store.region_code, store.address)
        if method == service.DELIVERY:
            address = orders.AddressInput(buyer.display_name, "13900139000", store.region_code, "上海市徐汇区漕溪北路 1 号",
                                          latitude=store.latitude + 0.01, longitude=store.longitude)
        order = await orders.place(ctx, buyer, orders.PlaceOrder(
            lines=[orders.LineInput(products[i].id, q) for i, q in lines], address=address, store_id=store.id,
            fulfillment_method=method, seller_id=clerk.id if sold_by_clerk else None))
        return order, store, clerk

    async def pay(order):
        ctx.user = owner
        await orders.pay(ctx, order, gateway, f"demo-store-{order.id}")

    async def ready(order, clerk):
        ctx.user = clerk
        await service.mark_ready(ctx, order.id, None, staff=False)

    # waiting for payment, being prepared, ready at the counter
    await pickup_order(0, 0, [(0, 1)])
    order, store, clerk = await pickup_order(1, 1, [(1, 1), (2, 1)])
    await pay(order)
    order, store, clerk = await pickup_order(2, 0, [(3, 1)], sold_by_clerk=True)
    await pay(order)
    await ready(order, clerk)
    # picked up: one whole, one taking two lines of three (the third refused at the counter)
    order, store, clerk = await pickup_order(3, 3, [(0, 1)])
    await pay(order)
    await ready(order, clerk)
    ctx.user = clerk
    await service.verify(ctx, store, None, order.id, None)
    order, store, clerk = await pickup_order(0, 4, [(0, 1), (1, 2), (4, 1)])
    await pay(order)
    await ready(order, clerk)
    lines = await order.lines.all().order_by("id")
    ctx.user = clerk
    await service.verify(ctx, store, None, order.id, [service.Handed(lines[0].id, 1), service.Handed(lines[1].id, 2)])
    # ready, and the buyer asked for a refund: the counter refuses it until staff answer
    order, store, clerk = await pickup_order(1, 2, [(2, 1)])
    await pay(order)
    await ready(order, clerk)
    buyer = customers[1]
    ctx.user = buyer
    await refund_requests.ask(ctx, order, buyer, None, "不想要了", description="买错了规格")
    # never collected: the window ended, settle refunded it
    order, store, clerk = await pickup_order(2, 1, [(5, 1)])
    await pay(order)
    await ready(order, clerk)
    await StorePickup.filter(order_id=order.id).update(expires_at=utcnow() - timedelta(minutes=1))
    ctx.user = None
    await service.settle(ctx, utcnow())
    # same-city delivery, on its way
    order, store, clerk = await pickup_order(3, 0, [(1, 1)], method=service.DELIVERY)
    await pay(order)
    ctx.user = clerk
    await service.mark_ready(ctx, order.id, None, staff=False)
    await service.deliver(ctx, order.id, "闪送 13700137000", staff=False)
    ctx.user = owner
