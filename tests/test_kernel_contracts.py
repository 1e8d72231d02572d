"""The kernel's contract with plugin authors: one unit of work per write, the core owns order
transitions, hooks are called as their hookspecs say.

These run the services directly with plugins of their own (a plugin manager per test), the way
a third-party plugin meets the core.
"""

from __future__ import annotations

import pluggy
import pytest

from fenxiao.core import ledger, tree
from fenxiao.core.hookspecs import hookimpl
from fenxiao.core.models import MerchantPlugin, Order, OrderStatus, Product, StockReason, User, Warehouse
from fenxiao.core.plugins import Plugin, PluginManager
from fenxiao.core.plugin_types import FulfillmentOption, PriceQuote
from fenxiao.core.services import accounts, orders, stock
from fenxiao.core.services.orders import TransitionInHook
from fenxiao.core.unit_of_work import OutsideUnitOfWork, is_open, savepoint, unit_of_work
from fenxiao.plugins.b2b2c_social import network
from fenxiao.plugins.b2b_ordering import stock as cloud_stock
from fenxiao.plugins.b2b_ordering.models import CloudStockReason

ADDRESS = orders.AddressInput("Li Lei", "13800138000", "310104", "1 Tianyaoqiao Rd")


class Recorder(Plugin):
    """Records what it sees; asks for what the test tells it to."""

    name = "recorder"
    version = "1.0.0"

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self.on_paid = None

    @hookimpl
    def fenxiao_buyer_price(self, ctx, draft, product, quantity):
        return PriceQuote(product.price - 1, "recorder") if draft.note == "discount" else None

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        if self.on_paid is not None:
            await self.on_paid(ctx, order)

    @hookimpl
    def fenxiao_order_event_committed(self, ctx, order, event):
        self.events.append((order.number, event))


async def _shop(plugin: Plugin) -> tuple[PluginManager, object, User, Product]:
    manager = PluginManager.discover(extra=(plugin,))
    async with unit_of_work():
        owner = await User.create(email="owner@kernel.example", password_hash="-")
        merchant = await accounts.create_merchant(owner, "kernel", "Kernel")
        await MerchantPlugin.create(merchant_id=merchant.id, plugin=plugin.name, enabled=True, config={})
        await manager.plugins_changed(merchant)
        warehouse = await Warehouse.create(merchant_id=merchant.id, code="w", name="w")
        product = await Product.create(merchant_id=merchant.id, sku="P", title="P", price=1000)
        await stock.adjust(merchant.id, product.id, warehouse.id, 10, StockReason.RECEIPT, owner.id)
    return manager, merchant, owner, product


async def _place_and_pay(manager, merchant, owner, product, note: str = "") -> Order:
    hooks = await manager.context(merchant, owner)
    async with unit_of_work():
        order = await orders.place(hooks, owner, orders.PlaceOrder([orders.LineInput(product.id, 1)], ADDRESS, note=note))
    async with unit_of_work():
        order = await orders.get_order(merchant.id, order.id, lock=True)
        await orders.pay(hooks, order, manager.gateway("manual"), "kernel")
    return order


# --- one unit of work ---


async def test_money_stock_and_locks_refuse_to_move_outside_a_unit_of_work(database):
    recorder = Recorder()
    manager, merchant, owner, product = await _shop(recorder)
    warehouse = await Warehouse.get(merchant_id=merchant.id)
    refusals = [
        lambda: stock.adjust(merchant.id, product.id, warehouse.id, 5, StockReason.RECEIPT, owner.id),
        lambda: stock.reserve(merchant.id, product.id, 1, 1, "x"),
        lambda: cloud_stock.add(merchant.id, owner.id, product.id, 1, 100, CloudStockReason.RESTOCK, None),
        lambda: ledger.adjust(merchant.id, owner.id, 100, "loose", "outside"),
        lambda: network.member(merchant.id, owner.id, lock=True),
        lambda: tree.rewrite_subtree("social_member", merchant.id, owner.id, "/1/", "/1/"),
        lambda: orders.get_order(merchant.id, 1, lock=True),
        lambda: savepoint().__aenter__(),
    ]
    for attempt in refusals:
        with pytest.raises(OutsideUnitOfWork):
            await attempt()
    async with unit_of_work():  # nothing moved
        assert (await stock.level(merchant.id, product.id, warehouse.id)).on_hand == 10
        assert not await ledger.LedgerTransaction.filter(merchant_id=merchant.id, key="loose").exists()


async def test_units_of_work_do_not_nest_and_after_commit_work_waits_for_the_commit(database):
    ran: list[str] = []

    async def note() -> None:
        ran.append("after")

    async with unit_of_work() as work:
        assert is_open()
        work.after_commit(note)
        with pytest.raises(RuntimeError, match="already open"):
            async with unit_of_work():
                pass
        assert ran == []
    assert ran == ["after"] and not is_open()
    with pytest.raises(ZeroDivisionError):
        async with unit_of_work() as work:
            work.after_commit(note)
            raise ZeroDivisionError
    assert ran == ["after"]  # a unit that rolled back runs none of its after-commit work


async def test_a_failure_anywhere_in_a_unit_rolls_all_of_it_back(database):
    recorder = Recorder()
    manager, merchant, owner, product = await _shop(recorder)

    async def explode(ctx, order) -> None:
        raise RuntimeError("the plugin failed after the payment was recorded")

    recorder.on_paid = explode
    with pytest.raises(RuntimeError):
        await _place_and_pay(manager, merchant, owner, product)
    order = await Order.get(merchant_id=merchant.id)
    assert order.status == OrderStatus.PENDING_PAYMENT
    assert (await ledger.merchant_account(merchant.id, ledger.AccountKind.SALES)).balance == 0
    assert [event for _, event in recorder.events] == ["placed"]  # "paid" never left the rolled-back unit


# --- the core owns the order state machine ---


async def test_a_plugin_moving_an_order_from_a_hook_fails_loudly_and_changes_nothing(database):
    recorder = Recorder()
    manager, merchant, owner, product = await _shop(recorder)

    async def meddle(ctx, order) -> None:
        await orders.cancel(ctx, order)

    recorder.on_paid = meddle
    with pytest.raises(TransitionInHook, match="ctx.intend"):
        await _place_and_pay(manager, merchant, owner, product)
    assert (await Order.get(merchant_id=merchant.id)).status == OrderStatus.PENDING_PAYMENT


async def test_intents_are_made_after_every_plugin_reacted_and_events_follow_the_transitions(database):
    recorder = Recorder()
    manager, merchant, owner, product = await _shop(recorder)
    seen_status: list[str] = []

    async def ask(ctx, order) -> None:
        ctx.intend(order, "complete", "nothing left to do")
        ctx.intend(order, "complete", "asked twice: made once")
        seen_status.append(OrderStatus(order.status).value)  # still paid while plugins react

    recorder.on_paid = ask
    await Product.filter(id=product.id).update(price=1000)
    order = await _place_and_pay(manager, merchant, owner, product)
    # a physical order cannot complete from paid: the intent is dropped, the order stays paid
    assert seen_status == ["paid"]
    assert (await Order.get(id=order.id)).status == OrderStatus.PAID
    assert [event for _, event in recorder.events] == ["placed", "paid"]
    with pytest.raises(ValueError):
        (await manager.context(merchant, owner)).intend(order, "pay")
    with pytest.raises(OutsideUnitOfWork):
        (await manager.context(merchant, owner)).intend(order, "complete")


class Completer(Plugin):
    """Delivers virtually and asks, first of all plugins, for the order to complete on payment."""

    name = "completer"
    version = "1.0.0"

    @hookimpl
    def fenxiao_fulfillment_options(self, ctx, draft):
        return [FulfillmentOption("virtual", "Credited at once", 0, self.name, physical=False)]

    @hookimpl(tryfirst=True)
    def fenxiao_order_paid(self, ctx, order, lines, payment):
        ctx.intend(order, "complete", "credited at once")


class Accruer(Plugin):
    """Grants a commission on every payment, after the completer has reacted."""

    name = "accruer"
    version = "1.0.0"

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        await ledger.accrue_commission(order, order.buyer_id, 100, source=self.name, kind="thanks")


async def test_a_completion_asked_for_first_waits_for_every_plugin_to_grant_its_commission(database):
    completer, accruer, recorder = Completer(), Accruer(), Recorder()
    manager = PluginManager.discover(extra=(completer, accruer, recorder))
    async with unit_of_work():
        owner = await User.create(email="owner@kernel.example", password_hash="-")
        merchant = await accounts.create_merchant(owner, "kernel", "Kernel")
        for name in ("completer", "accruer", "recorder"):
            await MerchantPlugin.create(merchant_id=merchant.id, plugin=name, enabled=True, config={})
        await manager.plugins_changed(merchant)
        product = await Product.create(merchant_id=merchant.id, sku="P", title="P", price=1000)
    hooks = await manager.context(merchant, owner)
    async with unit_of_work():
        order = await orders.place(hooks, owner, orders.PlaceOrder([orders.LineInput(product.id, 1)], None, fulfillment_method="virtual"))
        await orders.pay(hooks, order, manager.gateway("manual"), "kernel")
        assert order.status == OrderStatus.COMPLETED  # the instance the payload shows
    commission = await ledger.Commission.get(order_id=order.id)
    assert commission.state == ledger.CommissionState.FROZEN  # frozen with the rest, not left pending
    assert [event for _, event in recorder.events] == ["placed", "paid", "completed"]


# --- hooks as their hookspecs say ---


async def test_hooks_are_called_by_attribute_and_firstresult_comes_from_the_spec(database):
    recorder = Recorder()
    manager, merchant, owner, product = await _shop(recorder)
    hooks = await manager.context(merchant, owner)
    async with unit_of_work():
        order = await orders.place(hooks, owner, orders.PlaceOrder([orders.LineInput(product.id, 1)], ADDRESS, note="discount"))
    assert order.subtotal == 999  # the first quote, not a list of quotes
    draft = orders.OrderDraft(merchant=merchant, buyer=owner, lines=[], address={}, note="discount")
    assert isinstance(await hooks.hook.fenxiao_buyer_price(draft=draft, product=product, quantity=1), PriceQuote)
    assert isinstance(await hooks.hook.fenxiao_validate_order(draft=draft), list)
    with pytest.raises(TypeError, match="takes"):
        await hooks.hook.fenxiao_validate_order(draft=draft, extra=1)
    with pytest.raises(AttributeError):
        hooks.hook.fenxiao_no_such_hook


def test_hook_wrappers_and_unknown_hooks_are_refused_when_a_plugin_registers():
    class Wrapping(Plugin):
        name = "wrapping"

        @hookimpl(wrapper=True)
        def fenxiao_order_paid(self, ctx, order, lines, payment):
            return (yield)

    class Misspelt(Plugin):
        name = "misspelt"

        @hookimpl
        def fenxiao_order_payed(self, ctx, order):
            return None

    for plugin in (Wrapping(), Misspelt()):
        manager = PluginManager()
        with pytest.raises(pluggy.PluginValidationError):
            manager.register(plugin)
        assert plugin.name not in manager.plugins and manager.pm.get_plugin(plugin.name) is None
