"""A stateful property test: random sequences of everything people do, across all enabled modes
together — social members who restock as resellers (their restocks paying social commission or not),
shop sales into agents' districts to buyers with social uplines (the brand or the reseller paying
those commissions), restocks waiting for their upline, partial refunds, settle between any two
steps — with every invariant checked after every step.

Steps go through the services as the API does (one unit of work each; a refusal rolls its step
back). After each step: every ledger transaction balances, balances equal their entries and stay
within bounds, stock and cloud stock equal their movements and are never negative, no commission
is left pending on a completed order, restock sourcings agree with cloud stock and order state,
plugin roles match the records behind them, the social network's paths and counters agree, and
no order is half-written.
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from tortoise.timezone import now as utcnow

from fenxiao.core import db, invariants
from fenxiao.core.errors import DomainError
from fenxiao.core.models import MerchantPlugin, Order, OrderLine, OrderStatus, Product, StockReason, User, Warehouse, WithdrawalMethod
from fenxiao.core.services import accounts, orders, stock, withdrawals
from fenxiao.core.services.settlement import settle
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.plugins.b2b2c_social import network, service as social
from fenxiao.plugins.b2b2c_social.config import JoinMode, SocialConfig
from fenxiao.plugins.b2b2c_social.models import SocialApplication
from fenxiao.plugins.b2b_agent import service as agents
from fenxiao.plugins.b2b_agent.models import AgentApplication, AgentLevel
from fenxiao.plugins.b2b_ordering import service as ordering
from fenxiao.plugins.b2b_ordering.models import OrderingLevel, ResellerStatus
from tests.conftest import PG_TEMPLATE, base_settings
from tests.pgserver import create_database, drop_database

_serial = itertools.count()
ADDRESS = orders.AddressInput("Li", "13800138000", "330106", "浙江省杭州市西湖区文三路 90 号")
REGIONS = ("330000", "330100", "330106")  # 浙江省 > 杭州市 > 西湖区: the orders' address lies in all three
PLUGINS = {"b2b2c_social": {"join_mode": "auto", "commission_on_resale": True}, "b2b_ordering": {"wait_for_upline_hours": 2},
           "b2b_agent": {"mode": "flat"}}


class Shop(RuleBasedStateMachine):
    """One merchant with every mode on, opened with a seed network, a reseller, agent levels and one settled order,
    so that every rule has something to act on from the first step. The test below sets the class attributes."""

    manager = None
    template: str | None = None
    pg_dsn: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.cleanup = None
        self.users: list[User] = []
        self.orders: list[int] = []
        self.withdrawals: list[int] = []
        self.applications: list[tuple[str, int]] = []
        self.clock = utcnow()

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    async def step(self, action) -> None:
        """One step, in one transaction, the way a mutation runs; refusals roll it back."""
        try:
            async with unit_of_work():
                await action()
        except DomainError:
            pass

    @initialize()
    def open_shop(self) -> None:
        self.run(self._open())

    async def _open(self) -> None:
        n = next(_serial)
        if self.pg_dsn:
            self.cleanup = f"fenxiao_stateful_{n}"
            url = await create_database(self.pg_dsn, self.cleanup, template=PG_TEMPLATE)
        else:
            path = f"{self.template}.{n}"
            shutil.copy(self.template, path)
            url = f"sqlite://{path}"
        await db.init(db.tortoise_config(base_settings(url), self.manager))
        self.manager.forget_all()
        async with unit_of_work():
            owner = await User.create(email=f"owner{n}@state.example", password_hash="-")
            self.merchant = await accounts.create_merchant(owner, f"state-{n}", "State")
            self.owner = owner
            await agents.import_divisions()  # the opening unit of work holds it
            for plugin, settings_ in PLUGINS.items():
                config = self.manager.infos[plugin].config_model(**settings_)
                await MerchantPlugin.create(merchant_id=self.merchant.id, plugin=plugin, enabled=True, config=config.model_dump(mode="json"))
            await self.manager.plugins_changed(self.merchant)
            self.hooks = await self.manager.context(self.merchant, owner)
            warehouse = await Warehouse.create(merchant_id=self.merchant.id, code="w", name="w")
            self.products = []
            for price in (999, 2500, 10000):
                product = await Product.create(merchant_id=self.merchant.id, sku=f"P{price}", title=f"P{price}", price=price)
                await stock.adjust(self.merchant.id, product.id, warehouse.id, 200, StockReason.RECEIPT, owner.id)
                self.products.append(product)
            self.levels = [await OrderingLevel.create(merchant_id=self.merchant.id, name=name, rank=rank, discount_bps=discount)
                           for name, rank, discount in (("总代", 2, 4000), ("一级", 1, 3000))]
            # A network to start from: a chain of three distributors, the first also a 总代 reseller.
            code = None
            for i in range(3):
                user = await User.create(email=f"seed{n}-{i}@state.example", display_name=f"S{i}", password_hash="-")
                await accounts.join(self.hooks, user, code)
                code = (await network.member(self.merchant.id, user.id)).share_code
                self.users.append(user)
            top = await ordering._create(self.hooks, self.users[0], self.levels[0], None, ResellerStatus.ACTIVE, {}, "seed")
            # …the second, the first's social recruit, a reseller under it: its restocks wait for the first's stock
            await ordering._create(self.hooks, self.users[1], self.levels[1], top, ResellerStatus.ACTIVE, {}, "seed")
            self.agent_levels = [await AgentLevel.create(merchant_id=self.merchant.id, name=name, depth=depth, rate_bps=rate)
                                 for depth, (name, rate) in enumerate((("省级", 300), ("市级", 500), ("区级", 800)), start=1)]
            # …the third the agent of the district the orders ship to, and the first with cloud stock to sell from its shop.
            self.hooks.user = self.users[2]
            application = await agents.apply(self.hooks, self.users[2], self.agent_levels[2].id, REGIONS[2], "王五", "11010519491231002X",
                                             "13800138000", "2026-01", None)
            self.hooks.user = self.owner
            await agents.review(self.hooks, application, True, "seed", self.owner)
            self.hooks.user = self.users[0]
            stocked = await orders.place(self.hooks, self.users[0], orders.PlaceOrder(
                [orders.LineInput(product.id, 20) for product in self.products], None, fulfillment_method=ordering.CLOUD_STOCK,
                attribution={ordering.NAME: {"kind": ordering.RESTOCK}}))
            self.hooks.user = self.owner
            await orders.pay(self.hooks, stocked, self.manager.gateway("manual"), "seed")
            self.orders.append(stocked.id)
            # …with money already earned: the last seed buys, the order completes and its window passes.
            self.hooks.user = self.users[2]
            order = await orders.place(self.hooks, self.users[2], orders.PlaceOrder([orders.LineInput(self.products[2].id, 3)], ADDRESS))
            await orders.pay(self.hooks, order, self.manager.gateway("manual"), "seed")
            await orders.ship(self.hooks, order, "SF", "1")
            await orders.complete(self.hooks, order)
        self.orders.append(order.id)
        self.clock += timedelta(days=30)
        assert (await settle(self.manager, self.clock, self.merchant.slug)).failures == []

    def teardown(self) -> None:
        self.run(db.close())
        if self.cleanup:
            self.run(drop_database(self.pg_dsn, self.cleanup))
        self.loop.close()

    # --- people ---

    @rule(referred=st.booleans())
    def register(self, referred: bool) -> None:
        async def action() -> None:
            user = await User.create(email=f"u{next(_serial)}@state.example", display_name="U", password_hash="-")
            code = None
            if referred and self.users:
                code = (await network.member(self.merchant.id, self.users[-1].id)).share_code
            self.hooks.user = user
            await accounts.join(self.hooks, user, code)
            self.users.append(user)
        self.run(self.step(action))

    @rule(who=st.integers(0, 50), whom=st.integers(0, 50))
    def bind(self, who: int, whom: int) -> None:
        member, upline = self.users[who % len(self.users)], self.users[whom % len(self.users)]

        async def action() -> None:
            code = (await network.member(self.merchant.id, upline.id)).share_code
            if code:
                await network.bind(self.hooks, member.id, code, network.BindingSource.CODE, is_new_member=False)
        self.run(self.step(action))

    @rule(who=st.integers(0, 50), level=st.integers(0, 1))
    def make_reseller(self, who: int, level: int) -> None:
        user = self.users[who % len(self.users)]

        async def action() -> None:
            upline = None
            if level == 1:
                upline = await ordering.OrderingReseller.filter(merchant_id=self.merchant.id, status=ResellerStatus.ACTIVE,
                                                                level_id=self.levels[0].id).first()
            await ordering._create(self.hooks, user, self.levels[level], upline, ResellerStatus.ACTIVE, {}, "stateful")
        self.run(self.step(action))

    # --- orders ---

    @rule(who=st.integers(0, 50), product=st.integers(0, 2), quantity=st.integers(1, 4), via_shop=st.booleans(), pay=st.booleans())
    def place(self, who: int, product: int, quantity: int, via_shop: bool, pay: bool) -> None:
        buyer = self.users[who % len(self.users)]

        async def action() -> None:
            seller = None
            if via_shop:  # a reseller's shop that holds the units, when there is one
                shops = await (ordering.OrderingCloudStock.filter(merchant_id=self.merchant.id, product_id=self.products[product].id,
                                                                  quantity__gte=quantity).exclude(reseller_id=buyer.id)
                               .values_list("reseller_id", flat=True))
                seller = shops[who % len(shops)] if shops else None
            self.hooks.user = buyer
            order = await orders.place(self.hooks, buyer, orders.PlaceOrder([orders.LineInput(self.products[product].id, quantity)],
                                                                             ADDRESS, seller_id=seller))
            if pay:  # many orders are paid at once, as a checkout does
                self.hooks.user = self.owner
                await orders.pay(self.hooks, order, self.manager.gateway("manual"), "state")
            self.orders.append(order.id)
        self.run(self.step(action))

    @rule(who=st.integers(0, 50), product=st.integers(0, 2), quantity=st.integers(1, 6), pay=st.booleans())
    def restock(self, who: int, product: int, quantity: int, pay: bool) -> None:
        """A reseller (mostly one that is one: any member, now and then, to be refused) restocks, often paying at once."""
        async def action() -> None:
            resellers = await ordering.OrderingReseller.filter(merchant_id=self.merchant.id, status=ResellerStatus.ACTIVE).values_list(
                "user_id", flat=True)
            buyer_id = resellers[who % len(resellers)] if resellers and who % 5 else self.users[who % len(self.users)].id
            buyer = await User.get(id=buyer_id)
            self.hooks.user = buyer
            order = await orders.place(self.hooks, buyer, orders.PlaceOrder(
                [orders.LineInput(self.products[product].id, quantity)], None, fulfillment_method=ordering.CLOUD_STOCK,
                attribution={ordering.NAME: {"kind": ordering.RESTOCK}}))
            if pay:
                self.hooks.user = self.owner
                await orders.pay(self.hooks, order, self.manager.gateway("manual"), "state")
            self.orders.append(order.id)
        self.run(self.step(action))

    @rule(product=st.integers(0, 2), quantity=st.integers(1, 6))
    def recruit_restocks(self, product: int, quantity: int) -> None:
        """The first distributor's recruit, a reseller under them, restocks and pays: social commission on a restock
        (by setting), units from the upline's stock or the brand's, or a wait for the upline."""
        async def action() -> None:
            buyer = self.users[1]
            self.hooks.user = buyer
            order = await orders.place(self.hooks, buyer, orders.PlaceOrder(
                [orders.LineInput(self.products[product].id, quantity)], None, fulfillment_method=ordering.CLOUD_STOCK,
                attribution={ordering.NAME: {"kind": ordering.RESTOCK}}))
            self.hooks.user = self.owner
            await orders.pay(self.hooks, order, self.manager.gateway("manual"), "state")
            self.orders.append(order.id)
        self.run(self.step(action))

    def _order_step(self, action_name: str, index: int, fitting: bool, act) -> None:
        """Act on an order: mostly one whose status allows the action, sometimes any order (to be refused)."""
        async def action() -> None:
            self.hooks.user = self.owner
            candidates = self.orders
            if fitting:
                sources = orders.TRANSITIONS[action_name][0]
                candidates = await Order.filter(id__in=self.orders, status__in=list(sources)).order_by("id").values_list("id", flat=True)
            if not candidates:
                return
            order = await orders.get_order(self.merchant.id, candidates[index % len(candidates)], lock=True)
            await act(order)
        self.run(self.step(action))

    @rule(index=st.integers(0, 100), fitting=st.booleans())
    def pay(self, index: int, fitting: bool) -> None:
        self._order_step("pay", index, fitting, lambda order: orders.pay(self.hooks, order, self.manager.gateway("manual"), "state"))

    @rule(index=st.integers(0, 100), fitting=st.booleans())
    def ship(self, index: int, fitting: bool) -> None:
        self._order_step("ship", index, fitting, lambda order: orders.ship(self.hooks, order, "SF", "1"))

    @rule(index=st.integers(0, 100), fitting=st.booleans())
    def complete(self, index: int, fitting: bool) -> None:
        self._order_step("complete", index, fitting, lambda order: orders.complete(self.hooks, order))

    @rule(index=st.integers(0, 100), fitting=st.booleans())
    def cancel(self, index: int, fitting: bool) -> None:
        self._order_step("cancel", index, fitting, lambda order: orders.cancel(self.hooks, order))

    @rule(index=st.integers(0, 100), fitting=st.booleans(), units=st.integers(1, 3), restock_units=st.booleans(), whole=st.booleans())
    def refund(self, index: int, fitting: bool, units: int, restock_units: bool, whole: bool) -> None:
        async def act(order: Order) -> None:
            line = await OrderLine.filter(order_id=order.id).first()
            wanted = None if whole else [orders.LineUnits(line.id, min(units, max(1, line.quantity - line.refunded_quantity)))]
            await orders.refund(self.hooks, order, wanted, restock_units, "state", self.owner)
        self._order_step("refund", index, fitting, act)

    # --- applications: distributors (when the merchant takes them) and regional agents ---

    @rule(who=st.integers(0, 50))
    def social_apply(self, who: int) -> None:
        user = self.users[who % len(self.users)]

        async def action() -> None:
            self.hooks.user = user
            application = await social.apply(self.hooks, user, {"real_name": "王五", "phone": "13800138000"})
            self.applications.append(("social", application.id))
        self.run(self.step(action))

    @rule(who=st.integers(0, 50), region=st.sampled_from(REGIONS))
    def agent_apply(self, who: int, region: str) -> None:
        user = self.users[who % len(self.users)]

        async def action() -> None:
            self.hooks.user = user
            level = self.agent_levels[REGIONS.index(region)]
            application = await agents.apply(self.hooks, user, level.id, region, "王五", "11010519491231002X", "13800138000",
                                             "2026-01", None)
            self.applications.append(("agent", application.id))
        self.run(self.step(action))

    @precondition(lambda self: bool(self.applications))
    @rule(index=st.integers(0, 100), approve=st.booleans())
    def review_application(self, index: int, approve: bool) -> None:
        kind, application_id = self.applications[index % len(self.applications)]

        async def action() -> None:
            self.hooks.user = self.owner
            if kind == "social":
                await social.review(self.hooks, await SocialApplication.get(id=application_id), approve, "state", self.owner)
            else:
                await agents.review(self.hooks, await AgentApplication.get(id=application_id), approve, "state", self.owner)
        self.run(self.step(action))

    # --- money and time ---

    @rule(days=st.integers(0, 20))
    def settle(self, days: int) -> None:
        self.clock += timedelta(days=days)
        report = self.run(settle(self.manager, self.clock, self.merchant.slug))
        assert report.failures == [], report.failures

    @rule(who=st.integers(0, 50), amount=st.integers(100, 5000))
    def withdraw(self, who: int, amount: int) -> None:
        member = self.users[who % len(self.users)]

        async def action() -> None:
            withdrawal = await withdrawals.request(self.merchant, member, amount, WithdrawalMethod.WECHAT, "M", "wx")
            self.withdrawals.append(withdrawal.id)
        self.run(self.step(action))

    @precondition(lambda self: bool(self.withdrawals))
    @rule(index=st.integers(0, 100), decision=st.sampled_from(["approve", "reject", "pay"]))
    def review(self, index: int, decision: str) -> None:
        withdrawal_id = self.withdrawals[index % len(self.withdrawals)]

        async def action() -> None:
            withdrawal = await withdrawals.Withdrawal.get(id=withdrawal_id)
            if decision == "approve":
                await withdrawals.approve(withdrawal, self.owner)
            elif decision == "reject":
                await withdrawals.reject(withdrawal, self.owner, "no")
            else:
                await withdrawals.mark_paid(withdrawal, self.owner, "TX")
        self.run(self.step(action))

    @rule(depth=st.integers(1, 3), rate=st.integers(0, 1500), self_purchase=st.booleans(), join_mode=st.sampled_from(
        [JoinMode.AUTO, JoinMode.APPLICATION]), on_resale=st.booleans())
    def reconfigure(self, depth: int, rate: int, self_purchase: bool, join_mode: JoinMode, on_resale: bool) -> None:
        async def action() -> None:
            config = SocialConfig(join_mode=join_mode, depth=depth, level_rates_bps=[rate] * depth, cap_bps=max(5000, rate * depth),
                                  self_purchase=self_purchase, commission_on_resale=on_resale)
            await MerchantPlugin.filter(merchant_id=self.merchant.id, plugin=social.NAME).update(config=config.model_dump(mode="json"))
            await self.manager.plugins_changed(self.merchant)
            self.hooks = await self.manager.context(self.merchant, self.owner)
        self.run(self.step(action))

    @rule(payer=st.sampled_from(["brand", "reseller"]), wait=st.sampled_from([0, 2]))
    def reconfigure_ordering(self, payer: str, wait: int) -> None:
        """Who pays other modes' commissions on a shop sale; whether restocks wait for their upline."""
        async def action() -> None:
            config = self.manager.infos[ordering.NAME].config_model(shop_sale_commissions_paid_by=payer, wait_for_upline_hours=wait)
            await MerchantPlugin.filter(merchant_id=self.merchant.id, plugin=ordering.NAME).update(config=config.model_dump(mode="json"))
            await self.manager.plugins_changed(self.merchant)
            self.hooks = await self.manager.context(self.merchant, self.owner)
        self.run(self.step(action))

    # --- invariants ---

    @invariant()
    def books_balance_and_stock_adds_up(self) -> None:
        if not hasattr(self, "merchant"):
            return
        problems = self.run(invariants.all_problems(self.merchant.id, self.manager))
        assert problems == [], problems

    @invariant()
    def no_order_is_half_written(self) -> None:
        if not hasattr(self, "merchant"):
            return

        async def check() -> None:
            for order in await Order.filter(merchant_id=self.merchant.id):
                lines = await OrderLine.filter(order_id=order.id)
                assert lines, f"order {order.number} has no lines"
                assert order.subtotal == sum(line.unit_price * line.quantity for line in lines)
                assert order.total == order.subtotal - order.discount_total + order.shipping_total + order.fee_total
                assert 0 <= order.refunded_total <= order.total
                if order.status not in (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED):
                    assert order.paid_at is not None, f"order {order.number} is {order.status} but was never paid"
        self.run(check())


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_random_operations_keep_every_invariant(backend, manager, sqlite_template, pg_server, tmp_path):
    if backend == "postgres" and pg_server is None:
        pytest.skip("PostgreSQL not available")
    template = tmp_path / "template.sqlite3"
    shutil.copy(sqlite_template, template)
    Shop.manager, Shop.template, Shop.pg_dsn = manager, str(template), pg_server if backend == "postgres" else None
    run_state_machine_as_test(Shop, settings=settings(
        max_examples=15 if backend == "sqlite" else 5, stateful_step_count=50, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
