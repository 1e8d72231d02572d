"""The demo merchant's agents: province, city and district agents in three provinces, salespeople, targets, orders."""

from __future__ import annotations

from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core.models import User
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import HookContext
from fenxiao.plugins.b2b_agent import service
from fenxiao.plugins.b2b_agent.models import AgentApplication, AgentDivision, AgentLevel, AgentTarget

TERRITORIES = [  # (region, level depth, name)
    ("330000", 1, "浙江总代"), ("330100", 2, "杭州代理"), ("330106", 3, "西湖区代理"), ("330108", 3, "滨江区代理"),
    ("440000", 1, "广东总代"), ("440300", 2, "深圳代理"), ("440305", 3, "南山区代理"),
    ("310000", 1, "上海总代"), ("310104", 3, "徐汇区代理"),
]
ADDRESSES = [("330106", "浙江省杭州市西湖区文三路 90 号"), ("330108", "浙江省杭州市滨江区网商路 699 号"),
             ("440305", "广东省深圳市南山区科技园"), ("440304", "广东省深圳市福田区深南大道"), ("310104", "上海市徐汇区漕溪北路 1 号"),
             ("310115", "上海市浦东新区世纪大道 100 号")]


async def build_agents(ctx: HookContext, data: dict) -> None:
    if not await AgentDivision.exists():
        await service.import_divisions()
    merchant, owner = ctx.merchant, data["owner"]
    levels = {depth: await AgentLevel.create(merchant_id=merchant.id, name=name, depth=depth, rate_bps=rate)
              for depth, name, rate in ((1, "省级代理", 800), (2, "市级代理", 500), (3, "区级代理", 300))}
    now = utcnow()
    agents = {}
    for index, (region, depth, name) in enumerate(TERRITORIES):
        user = await User.create(email=f"agent{index}@demo.fenxiao.dev", display_name=name, password_hash=data["password_hash"])
        await accounts.join(ctx, user)
        application = await AgentApplication.create(
            merchant_id=merchant.id, applicant_id=user.id, level_id=levels[depth].id, region_code=region, real_name=name,
            id_number="11010519491231002X", phone="13800138000", agreement_version=service.config(ctx).agreement_version, agreed_at=now)
        await service.review(ctx, application, True, "demo agent", owner, deposit=500000 // depth)
        await AgentTarget.create(merchant_id=merchant.id, agent_id=user.id, starts_at=now - timedelta(days=30), ends_at=now + timedelta(days=335),
                                 amount=5_000_000 // depth)
        agents[region] = user
    seller = await User.create(email="salesperson@demo.fenxiao.dev", display_name="西湖销售员", password_hash=data["password_hash"])
    await accounts.join(ctx, seller)
    await service.invite_salesperson(ctx, agents["330106"], seller.id)
    await service.answer_invitation(ctx, seller, agents["330106"].id, accept=True)

    gateway = ctx.plugins.manager.gateway("manual")
    products = data["products"]
    for n in range(24):
        region, text = ADDRESSES[n % len(ADDRESSES)]
        buyer = data["customers"][n % len(data["customers"])]
        ctx.user = buyer
        order = await orders.place(ctx, buyer, orders.PlaceOrder(
            lines=[orders.LineInput(products[n % len(products)].id, 1 + n % 2)],
            address=orders.AddressInput("客户", "13900139000", region if n % 3 else None, text),  # None: read from the text
            seller_id=seller.id if n % 8 == 0 else None))
        ctx.user = owner
        await orders.pay(ctx, order, gateway, f"demo-agent-{n}")
        if n % 2 == 0:
            await orders.ship(ctx, order, "顺丰速运", f"SF{order.id:010d}")
            await orders.complete(ctx, order)
