"""Property test on a real database: random networks, rates, orders and partial refunds.

Paid commissions never exceed the cap, never go negative net of reversals,
and the ledger (and stock) invariants hold after every step.
"""

import itertools

from hypothesis import HealthCheck, given, settings, strategies as st

from fenxiao.core import invariants
from fenxiao.core.models import Commission, MerchantPlugin, OrderLine, Product, StockReason, User, Warehouse
from fenxiao.core.plugins import PluginManager
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.core.services import accounts, orders, stock
from fenxiao.plugins.b2b2c_social import network, service
from fenxiao.plugins.b2b2c_social.config import JoinMode, SocialConfig
from tests.api import ADDRESS

_serial = itertools.count()


@st.composite
def scenarios(draw):
    depth = draw(st.integers(1, 3))
    rates = draw(st.lists(st.integers(0, 3000), min_size=depth, max_size=depth))
    cap = draw(st.integers(sum(rates), 10_000))
    size = draw(st.integers(2, 8))
    uplines = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, size)]
    distributors = draw(st.lists(st.booleans(), min_size=size, max_size=size))
    buyer = draw(st.integers(0, size - 1))
    price = draw(st.integers(1, 100_000))
    quantity = draw(st.integers(1, 6))
    refunds = draw(st.lists(st.integers(1, 3), max_size=4))
    return depth, rates, cap, uplines, distributors, buyer, price, quantity, refunds, draw(st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(scenario=scenarios())
async def test_random_networks_orders_and_refunds_keep_the_books(database, scenario):
    depth, rates, cap, uplines, distributors, buyer_index, price, quantity, refund_steps, self_purchase = scenario
    manager = PluginManager.discover()
    n = next(_serial)
    async with unit_of_work():
        owner = await User.create(email=f"owner{n}@prop.example", password_hash="-")
        merchant = await accounts.create_merchant(owner, f"prop-{n}-{database}", "Prop")
        config = SocialConfig(join_mode=JoinMode.INVITATION, depth=depth, level_rates_bps=rates, cap_bps=cap, self_purchase=self_purchase)
        await MerchantPlugin.create(merchant_id=merchant.id, plugin="b2b2c_social", enabled=True, config=config.model_dump(mode="json"))
        await manager.plugins_changed(merchant)
        hooks = await manager.context(merchant, owner)
        people = [await User.create(email=f"p{n}-{i}@prop.example", display_name=f"P{i}", password_hash="-") for i in range(len(uplines))]
        for i, person in enumerate(people):
            await accounts.join(hooks, person)
            if uplines[i] is not None:
                upline = await network.member(merchant.id, people[uplines[i]].id)
                if upline.share_code is None:
                    await service.promote(hooks, people[uplines[i]].id, "property test")
                    upline = await network.member(merchant.id, people[uplines[i]].id)
                await network.bind(hooks, person.id, upline.share_code, network.BindingSource.CODE, is_new_member=True)
        for i, person in enumerate(people):
            row = await network.member(merchant.id, person.id)
            if distributors[i] and row.share_code is None:
                await service.promote(hooks, person.id, "property test")
            elif not distributors[i] and row.share_code is not None:
                await service.set_status(hooks, person.id, network.MemberStatus.FROZEN, "property test", owner)

        warehouse = await Warehouse.create(merchant_id=merchant.id, code="w", name="w")
        product = await Product.create(merchant_id=merchant.id, sku="P", title="P", price=price)
        await stock.adjust(merchant.id, product.id, warehouse.id, quantity, StockReason.RECEIPT, owner.id)
        buyer = people[buyer_index]
        hooks.user = buyer
        address = orders.AddressInput(ADDRESS["name"], ADDRESS["phone"], ADDRESS["regionCode"], ADDRESS["address"])
        order = await orders.place(hooks, buyer, orders.PlaceOrder([orders.LineInput(product.id, quantity)], address))
        hooks.user = owner
        await orders.pay(hooks, order, manager.gateway("manual"), "prop")
        line = (await OrderLine.filter(order_id=order.id))[0]
    granted = await Commission.filter(order_id=order.id)
    assert sum(c.amount for c in granted) <= line.total * cap // 10_000
    assert await invariants.all_problems(merchant.id) == []

    remaining = quantity
    for step in refund_steps:
        if remaining == 0:
            break
        step = min(step, remaining)
        async with unit_of_work():
            await orders.refund(hooks, order, [orders.LineUnits(line.id, step)], restock=False, reason="prop", actor=owner)
        remaining -= step
        for commission in await Commission.filter(order_id=order.id):
            assert 0 <= commission.reversed_amount <= commission.amount
        assert await invariants.all_problems(merchant.id) == []
    if remaining == 0:
        assert all(c.reversed_amount == c.amount for c in await Commission.filter(order_id=order.id))
