"""A merchant with every kind of work `fenxiao settle` does waiting for it, and the check that it was
all done exactly once: expired unpaid orders, shipped orders past their confirmation time,
commissions past their after-sales window, bindings past their term, achieved cash tasks, and
restocks waiting for an upline past their wait."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import invariants
from fenxiao.core.models import (
    Commission,
    CommissionState,
    LedgerTransaction,
    Merchant,
    MerchantPlugin,
    Order,
    OrderStatus,
    Product,
    StockMovement,
    StockReason,
    User,
    Warehouse,
)
from fenxiao.core.plugins import PluginManager
from fenxiao.core.services import accounts, orders, stock
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.plugins.b2b2c_social import network
from fenxiao.plugins.b2b2c_social.models import BindingAction, SocialBindingEvent, SocialTask, SocialTaskReward
from fenxiao.plugins.b2b_ordering import service as ordering
from fenxiao.plugins.b2b_ordering.models import OrderingLevel, OrderingSourcing, ResellerStatus, SourcingStatus

ADDRESS = orders.AddressInput("Li Lei", "13800138000", "310104", "1 Tianyaoqiao Rd")
CHAIN = 5  # members per referral chain: moving one touches a few rows, whatever the population
TASK_REWARD = 500


@dataclass
class Population:
    slug: str
    expiring: list[int] = field(default_factory=list)       # members whose binding ends
    achievers: list[int] = field(default_factory=list)      # members who reach the cash task
    task_id: int = 0
    unpaid: list[int] = field(default_factory=list)         # orders to cancel
    shipped: list[int] = field(default_factory=list)        # orders to complete
    commissions: list[int] = field(default_factory=list)    # commissions to release
    waiting: list[int] = field(default_factory=list)        # restock orders waiting for their upline

    def settle_at(self) -> datetime:
        return utcnow() + timedelta(days=3)


async def populate(manager: PluginManager, slug: str, members: int = 40, restocks: int = 10) -> Population:
    """Build the merchant; `members` sets the size of everything else."""
    population = Population(slug)
    async with unit_of_work():
        owner = await User.create(email=f"owner@{slug}.example", password_hash="-")
        merchant = await accounts.create_merchant(owner, slug, slug)
        await Merchant.filter(id=merchant.id).update(after_sales_days=0, auto_complete_days=1, unpaid_timeout_minutes=5)
        merchant = await Merchant.get(id=merchant.id)
        configs = {"b2b2c_social": {"join_mode": "auto", "binding_mode": "first_touch_expiring", "binding_days": 1, "depth": 1,
                                    "level_rates_bps": [1000]},
                   "b2b_ordering": {"wait_for_upline_hours": 1}}
        for plugin, config in configs.items():
            valid = manager.infos[plugin].config_model(**config)
            await MerchantPlugin.create(merchant_id=merchant.id, plugin=plugin, enabled=True, config=valid.model_dump(mode="json"))
        await manager.plugins_changed(merchant)
        hooks = await manager.context(merchant, owner)
        warehouse = await Warehouse.create(merchant_id=merchant.id, code="w", name="w")
        product = await Product.create(merchant_id=merchant.id, sku="P", title="P", price=1000)
        await stock.adjust(merchant.id, product.id, warehouse.id, 100_000, StockReason.RECEIPT, owner.id)
        task = await SocialTask.create(merchant_id=merchant.id, title="bring one in", metric="recruits", target=1, reward_kind="cash",
                                       reward_amount=TASK_REWARD, starts_at=utcnow() - timedelta(hours=1), ends_at=utcnow() + timedelta(days=30))
        population.task_id = task.id

        people = []
        for i in range(members):
            person = await User.create(email=f"m{i}@{slug}.example", display_name=f"M{i}", password_hash="-")
            code = (await network.member(merchant.id, people[-1].id)).share_code if i % CHAIN else None
            hooks.user = person
            await accounts.join(hooks, person, code)
            if code:
                population.expiring.append(person.id)
                if people[-1].id not in population.achievers:
                    population.achievers.append(people[-1].id)
            people.append(person)

        gateway = manager.gateway("manual")
        for i, buyer in enumerate(people):
            hooks.user = buyer
            order = await orders.place(hooks, buyer, orders.PlaceOrder([orders.LineInput(product.id, 1 + i % 3)], ADDRESS))
            if i % 4 == 0:
                population.unpaid.append(order.id)
                continue
            hooks.user = owner
            await orders.pay(hooks, order, gateway, f"seed-{i}")
            await orders.ship(hooks, order, "SF", f"SF{i}")
            if i % 4 == 1:
                population.shipped.append(order.id)
            else:
                await orders.complete(hooks, order)
        population.commissions = list(await Commission.filter(merchant_id=merchant.id).values_list("id", flat=True))

        levels = [await OrderingLevel.create(merchant_id=merchant.id, name=name, rank=rank, discount_bps=discount)
                  for name, rank, discount in (("总代", 2, 4000), ("一级", 1, 3000))]
        upline = await ordering._create(hooks, people[0], levels[0], None, ResellerStatus.ACTIVE, {}, "settle test")
        for buyer in people[1:1 + restocks]:
            await ordering._create(hooks, buyer, levels[1], upline, ResellerStatus.ACTIVE, {}, "settle test")
            hooks.user = buyer
            order = await orders.place(hooks, buyer, orders.PlaceOrder([orders.LineInput(product.id, 2)], None,
                                                                        fulfillment_method=ordering.CLOUD_STOCK,
                                                                        attribution={ordering.NAME: {"kind": ordering.RESTOCK}}))
            hooks.user = owner
            await orders.pay(hooks, order, gateway, f"restock-{buyer.id}")
            population.waiting.append(order.id)
    assert await OrderingSourcing.filter(order_id__in=population.waiting, status=SourcingStatus.WAITING).count() == restocks
    return population


async def done_exactly_once(manager: PluginManager, population: Population) -> list[str]:
    """What is not done, or done twice — empty when every item was done once and every invariant holds."""
    merchant = await Merchant.get(slug=population.slug)
    found = [f"check: {p}" for p in await invariants.all_problems(merchant.id, manager)]
    statuses = dict(await Order.filter(merchant_id=merchant.id).values_list("id", "status"))
    found += [f"order {i} is {statuses[i]}, not cancelled" for i in population.unpaid if statuses[i] != OrderStatus.CANCELLED]
    found += [f"order {i} is {statuses[i]}, not completed" for i in population.shipped + population.waiting
              if statuses[i] != OrderStatus.COMPLETED]
    for order_id in population.unpaid:
        releases = await StockMovement.filter(order_id=order_id, reason=StockReason.RELEASE).count()
        if releases != 1:
            found.append(f"order {order_id}'s stock was released {releases} times")
    commissions = await Commission.filter(merchant_id=merchant.id)
    found += [f"commission {c.id} is {c.state}" for c in commissions if c.state != CommissionState.AVAILABLE]
    releases = await LedgerTransaction.filter(merchant_id=merchant.id, kind="commission_release").count()
    if releases != len(commissions):
        found.append(f"{releases} releases for {len(commissions)} commissions")
    expired = {}
    for member_id in await SocialBindingEvent.filter(merchant_id=merchant.id, action=BindingAction.EXPIRE).values_list("member_id", flat=True):
        expired[member_id] = expired.get(member_id, 0) + 1
    if expired != {member_id: 1 for member_id in population.expiring}:
        found.append(f"bindings expired {sorted(expired.items())[:5]}…, expected each of {len(population.expiring)} once")
    rewarded = sorted(await SocialTaskReward.filter(merchant_id=merchant.id, task_id=population.task_id).values_list("member_id", flat=True))
    if rewarded != sorted(population.achievers):
        found.append(f"task rewards for {len(rewarded)} members, expected {len(population.achievers)}")
    reward_postings = await LedgerTransaction.filter(merchant_id=merchant.id, key__startswith=f"b2b2c_social:task:{population.task_id}:").count()
    if reward_postings != len(population.achievers):
        found.append(f"{reward_postings} reward postings for {len(population.achievers)} achievers")
    return found
