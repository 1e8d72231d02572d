"""Every hook a Fenxiao plugin may implement.

How hooks are called (core/plugins.py):

- The core calls hooks by attribute (`ctx.hook.fenxiao_order_paid(order=…)`),
  and the hookspec decides how: a `firstresult` hookspec stops at the first
  implementation that returns something other than None, any other collects
  every result that is not None. Arguments are checked against the hookspec.
- Per merchant, only the plugins the merchant has enabled are called (a cached
  `subset_hook_caller`); the *contribution* hooks (info, models, schema, roles,
  gateways, commands) are called once at start-up for every installed plugin and
  must be synchronous.
- An implementation may be a plain function or return an awaitable; the core
  awaits results one after the other, in pluggy's order (`tryfirst` first, then
  last registered first, `trylast` last), so hooks share the caller's unit of work.
  Hook wrappers (`hookwrapper`/`wrapper`) are refused when a plugin registers, and
  so is an implementation of a hook no hookspec declares.
- Lifecycle hooks (`fenxiao_order_*`, `fenxiao_member_joined`) run inside the
  unit of work of the state change: raise `core.errors.DomainError` to refuse
  it, and everything (stock, money, the order) rolls back together. They react;
  they never move an order (the core raises `TransitionInHook`): a plugin that
  wants a move asks for it with `ctx.intend(order, "complete")`, and the core
  makes it once every plugin has reacted to the step. Work that must only happen
  once the change is durable (notifications, webhooks) belongs in
  `fenxiao_order_event_committed` or `ctx.defer(callback)`.
- `ctx` is a `core.plugins.HookContext`: the merchant, the acting user (or
  None for the `fenxiao settle` command), `ctx.config(plugin_name)` (the
  validated configuration of an enabled plugin), `ctx.hook`, `ctx.intend`,
  `ctx.defer` and `ctx.each_unit` (periodic work).

docs/plugins.md documents each hook again for plugin authors; a test keeps the
two in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

from fenxiao.core.plugin_types import (
    Adjustment,
    FulfillmentOption,
    HookContext,
    OrderDraft,
    PluginInfo,
    PluginModels,
    PriceQuote,
    RoleInfo,
    SchemaContribution,
)

if TYPE_CHECKING:
    from datetime import datetime

    from fenxiao.core.errors import DomainError
    from fenxiao.core.models import Commission, Membership, Merchant, Order, OrderLine, Payment, Product, Refund, Shipment

PROJECT = "fenxiao"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# --- contribution hooks: called once at start-up for every installed plugin ---


@hookspec
def fenxiao_plugin_info() -> PluginInfo:
    """Describe the plugin: name, version, title, config model, error codes.

    Returns: a `PluginInfo`. `name` is the plugin's key everywhere (the
    `plugin` argument of `merchantPluginConfigure`, the app label of its
    models, the `source` of its commissions). `config_model` is a pydantic
    model whose defaults are the configuration of a newly enabled plugin.
    When: once at start-up. Transaction: none. firstresult: no (one per plugin).
    """


@hookspec
def fenxiao_models() -> PluginModels | None:
    """Declare the plugin's Tortoise models and where its aerich migrations live.

    Returns: a `PluginModels` (model module paths, migrations location) or None
    for a plugin without tables. The models become the Tortoise app named after
    the plugin; `fenxiao migrate` applies its migrations after the core's.
    When: once at start-up, before the database is initialised.
    Transaction: none. firstresult: no.
    """


@hookspec
def fenxiao_schema() -> SchemaContribution | None:
    """Contribute GraphQL: a Query and a Mutation class, extra types, admin models.

    Returns: a `SchemaContribution`. Its query and mutation fields are merged
    into the root types; each answers `PLUGIN_DISABLED` for a merchant that has
    not enabled the plugin. Each `AdminModel` gets generated list/get/create/
    update/delete operations (schema/admin.py).
    When: once at start-up, when the schema is composed. Transaction: none.
    firstresult: no.
    """


@hookspec
def fenxiao_roles() -> list[RoleInfo]:
    """Declare membership roles the plugin adds (e.g. distributor, agent).

    Returns: a list of `RoleInfo`. Permission classes can then name these
    roles, and owners can grant them with `memberRolesSet`.
    When: once at start-up. Transaction: none. firstresult: no.
    """


# --- pricing and validation: called while an order is being placed ---


@hookspec(firstresult=True)
def fenxiao_address_region(ctx: HookContext, region_code: str | None, address: str) -> str | None:
    """Say which region a shipping address is in, or None to pass.

    Arguments: the region code the client gave (None when it gave none) and the address text.
    Returns: the code — the one given, once checked against the regions the plugin knows (raise
    `DomainError(INVALID, …, "shippingAddress.regionCode")` for a code it knows to be unknown),
    or, when none was given, the one the text names. With no answer the core keeps the code given,
    and an address with neither a code nor an answer is refused (REQUIRED).
    When: in `orderPlace`, before prices, inside the placement transaction. firstresult: yes.
    """


@hookspec(firstresult=True)
def fenxiao_buyer_price(ctx: HookContext, draft: OrderDraft, product: Product, quantity: int) -> PriceQuote | None:
    """Give the unit price this buyer pays for this product, or None to pass.

    Arguments: the draft (buyer, attribution, lines so far), the product and
    the quantity asked for. Returns: a `PriceQuote` (unit price in minor units
    and a label) or None. The first quote wins; with none, the retail price is
    used. The client never sends prices.
    When: in `orderPlace`, for every line, before validation, inside the
    placement transaction. firstresult: yes.
    """


@hookspec
def fenxiao_validate_order(ctx: HookContext, draft: OrderDraft) -> list[DomainError] | None:
    """Refuse an order before anything is written.

    Returns: a list of `DomainError` (with `field` set, e.g. "lines.0.quantity")
    or None. Any error refuses the whole order and is shown in the payload.
    When: in `orderPlace`, after pricing, inside the placement transaction.
    firstresult: no.
    """


@hookspec
def fenxiao_order_adjustments(ctx: HookContext, draft: OrderDraft) -> list[Adjustment] | None:
    """Add discounts (negative amounts) or fees (positive) to an order.

    Returns: a list of `Adjustment`, each for one line (`line_index`) or for
    the whole order (spread over the lines by value). The core caps discounts
    so that no line is paid below zero.
    When: in `orderPlace`, after validation, inside the placement transaction.
    firstresult: no.
    """


@hookspec
def fenxiao_fulfillment_options(ctx: HookContext, draft: OrderDraft) -> list[FulfillmentOption] | None:
    """Offer ways to get the goods to the buyer besides the core's `delivery`.

    Returns: a list of `FulfillmentOption` (code, label, shipping fee). The
    buyer chooses one by code in `orderPlace(input: {fulfillmentMethod})`.
    When: in `orderPlace` and the `fulfillmentOptions` query, inside the
    placement transaction when placing. firstresult: no.
    """


@hookspec
def fenxiao_route_lines(ctx: HookContext, draft: OrderDraft, option: FulfillmentOption) -> dict[int, tuple[int, ...]] | None:
    """Send some products of an order to warehouses of their own (a supplier's consignment stock).

    Returns: {product id: the warehouses its line may reserve in, in order} or None. A product
    named here reserves only there, whatever the fulfilment option says; the others follow the
    option (its `warehouse_ids`, or the general warehouses by priority). Answer with one query
    for the whole draft: the core calls this once per order.
    When: in `orderPlace`, for an option that ships goods, just before stock is reserved,
    inside the placement transaction. firstresult: no (the answers are merged).
    """


# --- order lifecycle: inside the transaction of the state change ---


@hookspec
def fenxiao_order_placed(ctx: HookContext, order: Order, lines: list[OrderLine], draft: OrderDraft) -> None:
    """The order and its lines are written and stock is reserved.

    Use it to record attribution (referrer, seller, store, region) on
    `order.attribution` (saved by the core after the hook) or in your tables.
    When: end of `orderPlace`. Transaction: the placement's. firstresult: no.
    """


@hookspec
def fenxiao_order_paid(ctx: HookContext, order: Order, lines: list[OrderLine], payment: Payment) -> None:
    """The order is paid. Grant commissions here with `core.ledger.accrue_commission`.

    Called once per order: a redelivered payment never reaches it twice, and
    commission keys are unique, so a replay grants nothing twice. To complete an
    order with nothing left to do (a restock credited at once), call
    `ctx.intend(order, "complete")`: the core completes it after every plugin's
    `fenxiao_order_paid` and `fenxiao_order_commissions_granted` have run.
    When: `orderPay` (or a gateway callback). Transaction: the payment's unit of work.
    firstresult: no.
    """


@hookspec
def fenxiao_order_commissions_granted(ctx: HookContext, order: Order, lines: list[OrderLine], commissions: list[Commission]) -> None:
    """Every plugin has granted its commissions on this payment: here they all are.

    For money that depends on what the others granted — a seller who bears the
    commissions paid on their sale, a cap across plugins. Grant with
    `core.ledger.accrue_commission` as in `fenxiao_order_paid`; what is granted here
    is not shown to the other implementations of this hook.
    When: right after `fenxiao_order_paid`. Transaction: the payment's unit of work. firstresult: no.
    """


@hookspec
def fenxiao_order_shipped(ctx: HookContext, order: Order, shipment: Shipment) -> None:
    """A parcel left the warehouse: the whole order, or some units of some lines (`shipment.lines`).

    The order is SHIPPED once nothing is left to ship (its status tells); until then it stays paid.
    Raise `DomainError` to refuse the parcel (a store's pickup order never leaves by carrier).
    When: `orderShip`. Transaction: the shipment's. firstresult: no."""


@hookspec
def fenxiao_order_completed(ctx: HookContext, order: Order) -> None:
    """The buyer confirmed receipt, or `fenxiao settle` completed it after the merchant's N days.

    The core has already frozen the order's commissions for the after-sales window.
    When: `orderComplete` or `fenxiao settle`. Transaction: the completion's. firstresult: no.
    """


@hookspec
def fenxiao_order_cancelled(ctx: HookContext, order: Order) -> None:
    """An unpaid order was cancelled (by the buyer, staff, or the unpaid timeout); stock is released.

    When: `orderCancel` or `fenxiao settle`. Transaction: the cancellation's. firstresult: no.
    """


@hookspec
def fenxiao_order_refunded(ctx: HookContext, order: Order, refund: Refund) -> None:
    """Money went back to the buyer, for the whole order or some lines.

    The core has already reversed every commission of the order in proportion
    to the refunded amount of each line; use this for your own records.
    When: `orderRefund`. Transaction: the refund's. firstresult: no.
    """


@hookspec
def fenxiao_member_joined(ctx: HookContext, membership: Membership, referral_code: str | None) -> None:
    """A user became a member of the merchant (registered with it, or first order).

    `referral_code` is the code the user arrived with, if any.
    When: `accountRegister` with a merchant, or the first `orderPlace`.
    Transaction: the one that created the membership. firstresult: no.
    """


@hookspec
def fenxiao_order_event_committed(ctx: HookContext, order: Order, event: str) -> None:
    """After commit: `event` (placed, paid, shipped, completed, cancelled, refunded) is durable.

    For notifications and webhooks. An exception here is logged and does not
    undo anything. When: after the transaction of the state change commits.
    Transaction: none. firstresult: no.
    """


# --- periodic work and demo data ---


@hookspec
def fenxiao_settle(ctx: HookContext, now: datetime) -> dict[str, int] | None:
    """Do the plugin's periodic work for one merchant (expire bindings, route waiting orders …).

    Run each item in its own unit of work with `ctx.each_unit(what, items, work)`:
    a crash at any point leaves each item done or not done, a rerun does what is
    left, and an item that fails is logged and reported while the others still run.
    Must be idempotent and safe to run twice at once. Returns counts to print.
    An exception escaping the hook is logged with the plugin's name and makes the
    command exit non-zero; the other plugins and merchants still settle.
    When: `fenxiao settle`, once per merchant that enabled the plugin, after the
    core has cancelled and completed the orders due and before it releases the
    commissions due. Transaction: none around the hook (each unit is one).
    firstresult: no.
    """


@hookspec
def fenxiao_demo(ctx: HookContext, merchant: Merchant, data: dict[str, Any]) -> None:
    """Add the plugin's part to the demo merchant (its network, config, orders).

    `data` holds what the core demo made: "owner", "customers", "products".
    When: `fenxiao demo`, after the core's demo data, for every installed
    plugin (the demo merchant enables them all). Transaction: the demo's unit of work.
    firstresult: no.
    """


@hookspec
def fenxiao_payment_gateways() -> list[Any] | None:
    """Contribute payment gateways (objects implementing `core.payments.PaymentGateway`).

    Returns: a list of gateways; each is chosen by its `name` in `orderPay`.
    The core's built-in `manual` gateway records offline payments.
    When: once at start-up. Transaction: none. firstresult: no.
    """


@hookspec
def fenxiao_commands() -> list[Any] | None:
    """Contribute subcommands of the `fenxiao` command line (e.g. `fenxiao regions import`).

    Returns: a list of `core.plugins.CommandSpec` (name, help, a function adding
    arguments to an argparse parser, and an async function run with the parsed
    arguments and the plugin manager once the database is initialised). A command
    that writes opens `core.unit_of_work.unit_of_work()` for each unit it writes.
    When: when the command line starts. Transaction: none around the command.
    firstresult: no.
    """


@hookspec
def fenxiao_check(merchant_id: int | None) -> list[str] | None:
    """Check the plugin's own invariants (its stock equals its movements, its counters add up …).

    Arguments: a merchant to check, or None for all. Returns: human-readable
    violations (empty when all is well), awaitable allowed. Called for every
    installed plugin, enabled or not.
    When: `fenxiao check` and the reliability tests. Transaction: none (read only).
    firstresult: no.
    """
