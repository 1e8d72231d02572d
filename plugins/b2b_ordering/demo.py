"""The demo merchant's reseller tree: levels, 20 resellers, cloud stock bought from the brand and from uplines, shop sales."""

from __future__ import annotations

import random

from fenxiao.core.models import User
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import HookContext
from fenxiao.plugins.b2b_ordering import service
from fenxiao.plugins.b2b_ordering.models import OrderingLevel, OrderingReseller, ResellerStatus


async def build_tree(ctx: HookContext, data: dict) -> None:
    rng = random.Random(7)
    merchant = ctx.merchant
    products = data["products"][:3]
    levels = {}
    for rank, name, discount, cumulative in ((3, "总代", 4000, None), (2, "一级", 3000, 2_000_000), (1, "二级", 2000, 500_000)):
        levels[rank] = await OrderingLevel.create(merchant_id=merchant.id, name=name, rank=rank, discount_bps=discount,
                                                  min_order_quantity=1, upgrade_cumulative_min=cumulative)
    gateway = ctx.plugins.manager.gateway("manual")

    async def reseller(index: int, rank: int, upline: OrderingReseller | None) -> OrderingReseller:
        user = await User.create(email=f"reseller{index}@demo.fenxiao.dev", display_name=f"订货商{index:02d}", password_hash=data["password_hash"])
        await accounts.join(ctx, user)
        return await service._create(ctx, user, levels[rank], upline, ResellerStatus.ACTIVE, {}, "demo reseller")

    async def restock(row: OrderingReseller, product_index: int, units: int) -> None:
        user = await User.get(id=row.user_id)
        ctx.user = user
        order = await orders.place(ctx, user, orders.PlaceOrder(
            lines=[orders.LineInput(products[product_index].id, units)], address=None, fulfillment_method=service.CLOUD_STOCK,
            attribution={service.NAME: {"kind": service.RESTOCK}}))
        ctx.user = data["owner"]
        await orders.pay(ctx, order, gateway, f"demo-restock-{order.number}")

    count = 0
    for _ in range(2):
        count += 1
        top = await reseller(count, 3, None)
        await restock(top, 0, 40)
        await restock(top, 1, 20)
        for _ in range(3):
            count += 1
            middle = await reseller(count, 2, top)
            await restock(middle, 0, 20)  # from the 总代's cloud stock (enough for its downlines and its shop)
            for _ in range(2):
                count += 1
                bottom = await reseller(count, 1, middle)
                await restock(bottom, rng.choice([0, 2]), rng.randint(2, 6))
                customer = rng.choice(data["customers"])
                ctx.user = customer
                await orders.place(ctx, customer, orders.PlaceOrder(
                    lines=[orders.LineInput(products[0].id, 1)], address=data["address"], seller_id=middle.user_id))
                ctx.user = data["owner"]
