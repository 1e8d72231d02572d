"""The demo merchant's social network: a few hundred members, grades, tasks and paid orders."""

from __future__ import annotations

import random
from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core.models import User
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import HookContext
from fenxiao.plugins.b2b2c_social import network, service
from fenxiao.plugins.b2b2c_social.models import BindingSource, RewardKind, SocialGrade, SocialProductRule, SocialTask, TaskMetric
from fenxiao.plugins.b2b2c_social.rules import RuleMode

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


async def build_network(ctx: HookContext, data: dict) -> None:
    rng = random.Random(2026)
    merchant = ctx.merchant
    products = data["products"]
    for rank, (name, team_size) in enumerate([("普通分销员", None), ("银牌分销员", 5), ("金牌分销员", 20)]):
        await SocialGrade.create(merchant_id=merchant.id, name=name, rank=rank, team_size_min=team_size,
                                 l1_bps=[None, 1200, 1500][rank])
    await SocialProductRule.create(merchant_id=merchant.id, product_id=products[5].id, mode=RuleMode.FIXED, level1=2000, level2=800)
    now = utcnow()
    await SocialTask.create(merchant_id=merchant.id, title="本月邀请 3 位新成员", metric=TaskMetric.RECRUITS, target=3,
                            starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=30), reward_kind=RewardKind.CASH, reward_amount=2000)
    await SocialTask.create(merchant_id=merchant.id, title="本月推广满 ¥1000 送蜂蜜", metric=TaskMetric.SALES, target=100000,
                            starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=30), reward_kind=RewardKind.PRODUCT,
                            reward_product_id=products[2].id)

    people: list[User] = []

    async def person(index: int) -> User:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        user = await User.create(email=f"social{index}@demo.fenxiao.dev", display_name=name, password_hash=data["password_hash"])
        await accounts.join(ctx, user)
        people.append(user)
        return user

    # Three founders, each recruiting distributors, who bring in customers (some of whom distribute too).
    distributors: list[User] = []
    for i in range(3):
        founder = await person(len(people))
        await service.promote(ctx, founder.id, "demo founder")
        distributors.append(founder)
    while len(people) < 300:
        upline = rng.choice(distributors)
        member = await person(len(people))
        code = (await network.member(merchant.id, upline.id)).share_code
        await network.bind(ctx, member.id, code, BindingSource.LINK, is_new_member=True)
        if rng.random() < 0.3:
            await service.promote(ctx, member.id, "demo distributor")
            distributors.append(member)

    gateway = ctx.plugins.manager.gateway("manual")
    address = data["address"]
    for n in range(160):
        buyer = rng.choice(people)
        product = rng.choice(products)
        ctx.user = buyer
        order = await orders.place(ctx, buyer, orders.PlaceOrder(lines=[orders.LineInput(product.id, rng.randint(1, 2))], address=address))
        ctx.user = data["owner"]
        await orders.pay(ctx, order, gateway, f"demo-{n}")
        if rng.random() < 0.6:
            await orders.ship(ctx, order, "中通快递", f"ZT{order.id:09d}")
            await orders.complete(ctx, order)
    await service.evaluate_all_grades(ctx)
