"""The order lifecycle: place, pay, ship, complete, cancel, refund.

State machine (TRANSITIONS): every change of status is one conditional UPDATE
from the states it may leave, so concurrent requests cannot both move an
order, and an illegal move is refused with INVALID_TRANSITION. Each change
calls the plugins' lifecycle hook inside the same unit of work, and queues the
after-commit hook.

The core owns the state machine. Plugins react to a change in its lifecycle hook
and never move an order from there (`transition` refuses, loudly); a plugin that
wants a move states it (`ctx.intend(order, "complete")`), and the core makes it
once every plugin has reacted to the step, in the same unit of work — so a
restock that completes on payment is frozen only after every plugin granted its
commission on it.
"""

from __future__ import annotations

import copy
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from collections.abc import Callable, Mapping
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger, unit_of_work
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.models import (
    Commission,
    GatewayAccount,
    Membership,
    Order,
    OrderAdjustment,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Product,
    ProductStatus,
    Refund,
    RefundLine,
    RefundStatus,
    Shipment,
    ShipmentEvent,
    ShipmentLine,
    User,
    Warehouse,
)
from fenxiao.core.gateways import accounts as gateway_accounts
from fenxiao.core.money import allocate, shown, units_worth
from fenxiao.core.payments import ChargeResult, ChargeStatus, Notice, PaymentGateway, StartRequest
from fenxiao.core.ranges import LATITUDE, LONGITUDE
from fenxiao.core.plugins import reacting_hook
from fenxiao.core.plugin_types import Adjustment, DraftLine, FulfillmentOption, HookContext, OrderDraft, PriceQuote
from fenxiao.core.services import stock
from fenxiao.core.services.accounts import PHONE, join

log = logging.getLogger("fenxiao.orders")
MAX_LINES = 100
MAX_QUANTITY = 10_000
REGION_CODE = re.compile(r"^[0-9A-Za-z-]{2,12}$")
S = OrderStatus
TRANSITIONS: dict[str, tuple[frozenset[OrderStatus], OrderStatus | None]] = {
    "pay": (frozenset({S.PENDING_PAYMENT}), S.PAID),
    "ship": (frozenset({S.PAID}), S.SHIPPED),
    "ready_for_pickup": (frozenset({S.PAID}), S.READY_FOR_PICKUP),
    "complete": (frozenset({S.SHIPPED, S.READY_FOR_PICKUP}), S.COMPLETED),
    "cancel": (frozenset({S.PENDING_PAYMENT}), S.CANCELLED),
    # a refund keeps the status until everything is refunded (then REFUNDED)
    "refund": (frozenset({S.PAID, S.SHIPPED, S.READY_FOR_PICKUP, S.COMPLETED}), None),
}


DELIVERY = "delivery"  # the core's own fulfilment option: the merchant ships to the address


def allowed(action: str, status: OrderStatus, physical: bool = True) -> bool:
    """Whether `action` may leave `status`. An order with nothing to ship completes straight from paid."""
    sources, _ = TRANSITIONS[action]
    if action == "complete" and not physical:
        sources = sources | {S.PAID}
    if action in ("ship", "ready_for_pickup") and not physical:
        return False
    return OrderStatus(status) in sources


def _refuse(action: str, order: Order) -> DomainError:
    if not order.physical and action in ("ship", "ready_for_pickup"):
        return DomainError(ErrorCode.INVALID_TRANSITION, "this order has nothing to ship")
    return DomainError(
        ErrorCode.INVALID_TRANSITION,
        f"cannot {action.replace('_', ' ')} an order that is {OrderStatus(order.status).value.replace('_', ' ')}",
    )


class TransitionInHook(RuntimeError):
    """A plugin tried to move an order from inside a lifecycle hook (a bug in the plugin)."""


async def transition(order: Order, action: str, **changes: Any) -> None:
    """Move the order by `action`, atomically; refuses if its status does not allow it."""
    hook = reacting_hook()
    if hook is not None:
        raise TransitionInHook(f"an order was moved ({action}) from inside {hook}: plugins state the move with "
                               f"ctx.intend(order, {action!r}) and the core makes it once every plugin has reacted")
    _, target = TRANSITIONS[action]
    if not allowed(action, order.status, order.physical):
        raise _refuse(action, order)
    if target is not None:
        changes["status"] = target
    changed = await Order.filter(id=order.id, status=order.status).update(**changes, updated_at=utcnow())
    if changed != 1:
        await order.refresh_from_db()
        raise _refuse(action, order)
    for name, value in changes.items():
        setattr(order, name, value)


def _after_commit(hooks: HookContext, order: Order, event: str) -> None:
    async def notify() -> None:
        await hooks.hook.fenxiao_order_event_committed(order=order, event=event)

    hooks.defer(notify)


# --- moves plugins ask for (ctx.intend) ---

INTENTS = "orders.intents"
PLUGIN_ACTIONS = frozenset({"complete", "cancel"})


@dataclass(eq=False)
class Intent:
    hooks: HookContext
    order: Order
    action: str
    reason: str


def intend(hooks: HookContext, order: Order, action: str, reason: str = "") -> None:
    """Queue a move a plugin asked for (HookContext.intend); `apply_intents` makes it."""
    if action not in PLUGIN_ACTIONS:
        raise ValueError(f"plugins may ask to {' or '.join(sorted(PLUGIN_ACTIONS))} an order, not to {action!r}")
    work = unit_of_work.require("asking for an order transition")
    queue: list[Intent] | None = work.state.get(INTENTS)
    if queue is None:
        queue = work.state[INTENTS] = []
        work.before_commit(INTENTS, apply_intents)
    if not any(i.order.id == order.id and i.action == action for i in queue):
        queue.append(Intent(hooks, order, action, reason))


async def apply_intents() -> None:
    """Make the moves plugins asked for, in the order they asked; each may lead to more.

    Called once the plugins have reacted to a step (and before the unit of work commits,
    for moves asked outside a hook). A move the order's status no longer allows (completed
    meanwhile, refunded in full) is dropped and logged."""
    work = unit_of_work.current()
    queue: list[Intent] = work.state.get(INTENTS) or []
    if not queue or work.state.get(INTENTS + ".running"):
        return
    work.state[INTENTS + ".running"] = True
    try:
        while queue:
            intent = queue.pop(0)
            order = intent.order
            waiting = intent.action == "complete" and OrderStatus(order.status) == S.READY_FOR_PICKUP  # only a handover completes it
            if waiting or not allowed(intent.action, order.status, order.physical):
                log.info("dropped the intent to %s order %s (%s): it is %s", intent.action, order.number, intent.reason,
                         OrderStatus(order.status).value)
                continue
            await ACTIONS[intent.action](intent.hooks, order)
    finally:
        work.state[INTENTS + ".running"] = False


async def get_order(merchant_id: int, order_id: int, *, lock: bool = False) -> Order:
    if lock:
        unit_of_work.require("locking an order")
    queryset = Order.filter(merchant_id=merchant_id, id=order_id)
    order = await (queryset.select_for_update().first() if lock else queryset.first())
    if order is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such order", "orderId")
    return order


# --- placing ---


@dataclass
class LineInput:
    product_id: int
    quantity: int


@dataclass
class AddressInput:
    name: str
    phone: str
    region_code: str | None  # None: resolved from the address text by a plugin (fenxiao_address_region)
    address: str
    postal_code: str = ""
    latitude: float | None = None  # where the address is, from the buyer's map (same-city delivery needs it)
    longitude: float | None = None


@dataclass
class PlaceOrder:
    lines: list[LineInput]
    address: AddressInput | None  # None only for orders with nothing to ship
    note: str = ""
    referral_code: str | None = None
    seller_id: int | None = None
    store_id: int | None = None
    fulfillment_method: str = DELIVERY
    attribution: dict[str, Any] = field(default_factory=dict)


def _check_input(data: PlaceOrder) -> None:
    errors = []
    if not data.lines:
        errors.append(DomainError(ErrorCode.REQUIRED, "an order needs at least one line", "lines"))
    if len(data.lines) > MAX_LINES:
        errors.append(DomainError(ErrorCode.LIMIT_EXCEEDED, f"at most {MAX_LINES} lines", "lines"))
    seen = set()
    for i, line in enumerate(data.lines):
        if not 1 <= line.quantity <= MAX_QUANTITY:
            errors.append(DomainError(ErrorCode.INVALID, f"between 1 and {MAX_QUANTITY}", f"lines.{i}.quantity"))
        if line.product_id in seen:
            errors.append(DomainError(ErrorCode.INVALID, "each product once per order", f"lines.{i}.productId"))
        seen.add(line.product_id)
    a = data.address
    if a is not None:
        for name, value, limit in (("name", a.name, 100), ("address", a.address, 300)):
            if not value.strip() or len(value) > limit:
                errors.append(DomainError(ErrorCode.INVALID, f"1 to {limit} characters", f"shippingAddress.{name}"))
        if not PHONE.match(re.sub(r"[\s-]", "", a.phone)):
            errors.append(DomainError(ErrorCode.INVALID, "not a phone number", "shippingAddress.phone"))
        if a.region_code is not None and not REGION_CODE.match(a.region_code):
            errors.append(DomainError(ErrorCode.INVALID, "a region code such as 310104", "shippingAddress.regionCode"))
        if (a.latitude is None) != (a.longitude is None):
            errors.append(DomainError(ErrorCode.REQUIRED, "give both latitude and longitude, or neither",
                                      "shippingAddress.latitude" if a.latitude is None else "shippingAddress.longitude"))
        errors += [e for e in (LATITUDE.error(a.latitude, "shippingAddress.latitude"),
                               LONGITUDE.error(a.longitude, "shippingAddress.longitude")) if e is not None]
        if len(a.postal_code) > 16:
            errors.append(DomainError(ErrorCode.INVALID, "at most 16 characters", "shippingAddress.postalCode"))
    if len(data.note) > 500:
        errors.append(DomainError(ErrorCode.INVALID, "at most 500 characters", "note"))
    if data.referral_code is not None and len(data.referral_code) > 64:
        errors.append(DomainError(ErrorCode.INVALID, "at most 64 characters", "referralCode"))
    DomainErrors.raise_if_any(errors)


async def fulfillment_options(hooks: HookContext, draft: OrderDraft) -> list[FulfillmentOption]:
    core_option = FulfillmentOption(DELIVERY, "Delivery to the address", hooks.merchant.shipping_fee, "core")
    contributed = await hooks.hook.fenxiao_fulfillment_options(draft=draft)
    return [core_option, *(option for options in contributed for option in options)]


def _spread_adjustments(draft: OrderDraft, adjustments: list[Adjustment]) -> tuple[list[int], int]:
    """Per-line discounts (capped at each line's value) and the total of fees."""
    values = [line.unit_price * line.quantity for line in draft.lines]
    discounts = [0] * len(values)
    fees = 0
    for adjustment in adjustments:
        if adjustment.amount > 0:
            fees += adjustment.amount
        elif adjustment.line_index is not None:
            if not 0 <= adjustment.line_index < len(values):
                raise ValueError(f"adjustment {adjustment.label!r} names line {adjustment.line_index}")
            discounts[adjustment.line_index] += -adjustment.amount
        else:
            for i, share in enumerate(allocate(-adjustment.amount, values)):
                discounts[i] += share
    return [min(d, v) for d, v in zip(discounts, values)], fees


def _order_number() -> str:
    return f"{utcnow():%y%m%d}{secrets.randbelow(10**10):010d}"


async def place(hooks: HookContext, buyer: User, data: PlaceOrder) -> Order:
    merchant = hooks.merchant
    _check_input(data)
    products = {p.id: p for p in await Product.filter(merchant_id=merchant.id, id__in=[line.product_id for line in data.lines])}
    errors = []
    for i, line in enumerate(data.lines):
        product = products.get(line.product_id)
        if product is None:
            errors.append(DomainError(ErrorCode.NOT_FOUND, "no such product", f"lines.{i}.productId"))
        elif product.status != ProductStatus.ACTIVE:
            errors.append(DomainError(ErrorCode.PRODUCT_UNAVAILABLE, f"{product.title} is not on sale", f"lines.{i}.productId"))
    DomainErrors.raise_if_any(errors)
    seller = None
    if data.seller_id is not None:
        if not await Membership.exists(merchant_id=merchant.id, user_id=data.seller_id, is_active=True):
            raise DomainError(ErrorCode.NOT_FOUND, "the seller is not a member of this merchant", "sellerId")
        seller = await User.get(id=data.seller_id)
    await join(hooks, buyer, data.referral_code)

    a = data.address or AddressInput("", "", "", "")
    region_code = a.region_code or ""
    if data.address is not None:
        region_code = await hooks.hook.fenxiao_address_region(region_code=a.region_code, address=a.address.strip()) or region_code
        if not region_code:
            raise DomainError(ErrorCode.REQUIRED, "give regionCode, or an address whose text names its province, city and district",
                              "shippingAddress.regionCode")
    draft = OrderDraft(
        merchant=merchant, buyer=buyer,
        lines=[DraftLine(index=i, product=products[line.product_id], quantity=line.quantity) for i, line in enumerate(data.lines)],
        address={"name": a.name.strip(), "phone": re.sub(r"[\s-]", "", a.phone), "region_code": region_code,
                 "address": a.address.strip(), "postal_code": a.postal_code.strip()},
        note=data.note.strip(), referral_code=data.referral_code, seller=seller, store_id=data.store_id,
        fulfillment_method=data.fulfillment_method, attribution=dict(data.attribution),
        coordinates=(a.latitude, a.longitude) if a.latitude is not None and a.longitude is not None else None,
    )
    for line in draft.lines:
        quote: PriceQuote | None = await hooks.hook.fenxiao_buyer_price(draft=draft, product=line.product, quantity=line.quantity)
        if quote is not None and (not isinstance(quote.unit_price, int) or quote.unit_price < 0):
            raise ValueError(f"a plugin quoted {quote.unit_price!r} for {line.product.sku}")
        line.unit_price = quote.unit_price if quote is not None else line.product.price
        line.price_label = quote.label if quote is not None else ""

    problems = [error for found in await hooks.hook.fenxiao_validate_order(draft=draft) for error in found]
    DomainErrors.raise_if_any(problems)

    options = {option.code: option for option in await fulfillment_options(hooks, draft)}
    option = options.get(draft.fulfillment_method)
    if option is None:
        raise DomainError(ErrorCode.INVALID, f"choose one of: {', '.join(sorted(options))}", "fulfillmentMethod")
    if option.physical and data.address is None:
        raise DomainError(ErrorCode.REQUIRED, "where should it be shipped?", "shippingAddress")
    adjustments = [adj for found in await hooks.hook.fenxiao_order_adjustments(draft=draft) for adj in found]
    discounts, fees = _spread_adjustments(draft, adjustments)

    subtotal = draft.subtotal
    discount_total = sum(discounts)
    now = utcnow()
    order = None
    for _ in range(5):  # order numbers are random; retry the rare collision
        try:
            async with unit_of_work.savepoint():
                order = await Order.create(
                    merchant_id=merchant.id, number=_order_number(), buyer_id=buyer.id, currency=merchant.currency,
                    subtotal=subtotal, discount_total=discount_total, shipping_total=option.shipping_fee, fee_total=fees,
                    total=subtotal - discount_total + option.shipping_fee + fees,
                    ship_name=draft.address["name"], ship_phone=draft.address["phone"],
                    ship_region_code=draft.address["region_code"], ship_address=draft.address["address"],
                    ship_postal_code=draft.address["postal_code"], note=draft.note, referral_code=draft.referral_code,
                    seller_id=seller.id if seller else None, store_id=draft.store_id, region_code=draft.address["region_code"] or None,
                    fulfillment_method=option.code, physical=option.physical, for_resale=option.for_resale,
                    attribution=draft.attribution,
                    expires_at=now + timedelta(minutes=merchant.unpaid_timeout_minutes),
                )
            break
        except IntegrityError:
            continue
    if order is None:
        raise RuntimeError("could not allocate an order number")

    lines = []
    for draft_line, discount in zip(draft.lines, discounts):
        product = draft_line.product
        lines.append(await OrderLine.create(
            merchant_id=merchant.id, order_id=order.id, product_id=product.id, sku=product.sku, title=product.title,
            unit_price=draft_line.unit_price, quantity=draft_line.quantity, discount=discount,
            total=draft_line.unit_price * draft_line.quantity - discount,
        ))
    await OrderAdjustment.bulk_create([
        OrderAdjustment(merchant_id=merchant.id, order_id=order.id, source=adj.source, label=adj.label[:200], amount=adj.amount,
                        line_id=lines[adj.line_index].id if adj.line_index is not None else None)
        for adj in adjustments
    ])
    routes: dict[int, tuple[int, ...]] = {}
    for answer in await hooks.hook.fenxiao_route_lines(draft=draft, option=option) if option.physical else []:
        routes.update(answer)
    # Reserve in product order: concurrent orders lock stock rows in the same order.
    for line in sorted(lines, key=lambda line: line.product_id) if option.physical else []:
        chosen = routes.get(line.product_id, option.warehouse_ids)
        line.warehouse_id = await stock.reserve(merchant.id, line.product_id, line.quantity, order.id,
                                                f"lines.{lines.index(line)}.quantity", list(chosen) if chosen is not None else None)
        await OrderLine.filter(id=line.id).update(warehouse_id=line.warehouse_id)

    attribution_before = copy.deepcopy(order.attribution)
    await hooks.hook.fenxiao_order_placed(order=order, lines=lines, draft=draft)
    if order.attribution != attribution_before:
        await Order.filter(id=order.id).update(attribution=order.attribution)
    _after_commit(hooks, order, "placed")
    await apply_intents()
    return order


# --- paying ---


async def pay(hooks: HookContext, order: Order, gateway: PaymentGateway, reference: str, start: StartRequest | None = None,
              secret_key: str = "") -> tuple[Payment, ChargeResult | None]:
    """Charge the order through `gateway`: paid now, or pending until the gateway's webhook — then with
    what the buyer needs to finish paying (a URL, a QR payload, signed parameters). A gateway where the
    merchant has an account of its own is started with `start` (the method, where to notify), and a
    retry of the same order reuses its pending payment."""
    if not allowed("pay", order.status, order.physical):
        raise _refuse("pay", order)
    if order.expires_at is not None and order.expires_at < utcnow():
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the order expired unpaid; place it again")
    if hasattr(gateway, "start"):
        if start is None or start.method not in gateway.methods:
            raise DomainError(ErrorCode.INVALID, f"choose how to pay: {', '.join(gateway.methods)}", "method")
        result = await gateway.start(await gateway.account(order.merchant_id, secret_key), order, start)
    else:
        result = await gateway.charge(order, reference)
    if result.status == ChargeStatus.FAILED:
        raise DomainError(ErrorCode.GATEWAY_ERROR, result.message or "the payment was declined", "gateway")
    payment = await Payment.filter(order_id=order.id, gateway=gateway.name, reference=result.reference, status=PaymentStatus.PENDING).first() \
        if hasattr(gateway, "start") else None
    if payment is None:
        payment = await Payment.create(merchant_id=order.merchant_id, order_id=order.id, gateway=gateway.name, amount=order.total,
                                       status=PaymentStatus.PENDING, reference=result.reference)
    if result.status == ChargeStatus.PENDING:
        return payment, result
    return await confirm_payment(hooks, order, payment), None


async def send_refund(hooks: HookContext, refund_id: int) -> bool:
    """Ask the provider that took the payment to pay a pending refund back (idempotent at the provider by the
    refund's number). Its own unit of work; a provider that cannot be reached leaves it pending (logged), for
    `fenxiao settle` to send again. Returns whether the provider accepted it."""
    async with unit_of_work.unit_of_work():
        row = await Refund.filter(merchant_id=hooks.merchant.id, id=refund_id, status=RefundStatus.PENDING).first()
        payment = None if row is None else await Payment.filter(order_id=row.order_id, status=PaymentStatus.SUCCEEDED).order_by("-id").first()
        if row is None or payment is None or row.provider_reference:
            return False
        gateway = hooks.plugins.manager.gateway(payment.gateway)
        try:
            started = await gateway.refund_at(await gateway.account(hooks.merchant.id), payment, row.reference, row.amount + row.shipping_amount,
                                              row.reason, gateway_accounts.notify_url(gateway.name, hooks.merchant.slug))
        except Exception:  # noqa: BLE001 - the refund stays pending and is sent again
            log.exception("refund %s of merchant %s could not be sent to %s", row.id, hooks.merchant.slug, payment.gateway)
            return False
        status = RefundStatus.SUCCEEDED if started.status == "succeeded" else RefundStatus.PENDING
        await Refund.filter(id=row.id, status=RefundStatus.PENDING).update(status=status, provider_reference=started.provider_reference or None)
        return True


async def apply_refund_notice(hooks: HookContext, gateway: str, notice: Notice) -> Refund:
    """A provider confirms (or gives up on) a refund it was asked for: the refund's status follows, once."""
    row = await Refund.filter(merchant_id=hooks.merchant.id, reference=notice.reference).select_for_update().first()
    payment = None if row is None else await Payment.filter(order_id=row.order_id, gateway=gateway).exists()
    if row is None or not payment:
        raise DomainError(ErrorCode.NOT_FOUND, "no refund of this merchant has this number", "reference")
    if RefundStatus(row.status) != RefundStatus.PENDING:
        return row
    if notice.paid and notice.amount != row.amount + row.shipping_amount:
        raise DomainError(ErrorCode.GATEWAY_ERROR, f"the provider refunded {notice.amount}, the refund is {row.amount + row.shipping_amount}",
                          "amount")
    status = RefundStatus.SUCCEEDED if notice.paid else RefundStatus.FAILED if notice.failed else RefundStatus.PENDING
    await Refund.filter(id=row.id, status=RefundStatus.PENDING).update(status=status, provider_reference=notice.transaction_id or None)
    row.status = status
    return row


async def apply_notice(hooks: HookContext, gateway: str, notice: Notice) -> Payment:
    """A provider's authenticated word on a payment (its notification, or the answer to a query): the
    order is paid once, by the payment it names, for exactly its amount in the merchant's currency."""
    payment = await (Payment.filter(merchant_id=hooks.merchant.id, gateway=gateway, reference=notice.reference)
                     .order_by("-id").select_for_update().first())
    if payment is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no payment of this merchant has this reference", "reference")
    if PaymentStatus(payment.status) != PaymentStatus.PENDING or not notice.paid:
        return payment  # told again (a retried notification), or not paid yet
    if (notice.amount, notice.currency) != (payment.amount, hooks.merchant.currency):
        raise DomainError(ErrorCode.GATEWAY_ERROR, f"the provider reports {notice.amount} {notice.currency}, the payment is "
                                                   f"{payment.amount} {hooks.merchant.currency}", "amount")
    if await Payment.filter(merchant_id=hooks.merchant.id, gateway=gateway, provider_reference=notice.transaction_id).exists():
        raise DomainError(ErrorCode.GATEWAY_ERROR, "this transaction already paid another payment", "reference")
    await Payment.filter(id=payment.id, status=PaymentStatus.PENDING).update(provider_reference=notice.transaction_id)
    order = await get_order(hooks.merchant.id, payment.order_id, lock=True)
    return await confirm_payment(hooks, order, payment)


async def complete_in_sandbox(hooks: HookContext, order: Order) -> Payment:
    """Staff pay a charge opened at a sandbox account (no money moves), through the path a provider's notification
    takes: a storefront is built and the demo is toured without a provider. Refused for live accounts."""
    payment = await Payment.filter(merchant_id=hooks.merchant.id, order_id=order.id, status=PaymentStatus.PENDING).order_by("-id").first()
    if payment is None:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the order has no payment waiting at a provider", "orderId")
    if not await GatewayAccount.filter(merchant_id=hooks.merchant.id, gateway=payment.gateway, live=False).exists():
        raise DomainError(ErrorCode.FORBIDDEN, "only a payment at a sandbox account is completed by hand", "orderId")
    return await apply_notice(hooks, payment.gateway, Notice(reference=payment.reference, transaction_id=f"sandbox-{payment.id}", paid=True,
                                                             amount=payment.amount, currency=hooks.merchant.currency))


async def settle_gateway_payment(hooks: HookContext, gateway: str, reference: str, paid: bool) -> Payment:
    """A gateway's webhook reports the outcome of a pending payment. Idempotent: a payment
    already succeeded or failed is left as it is."""
    payment = await (Payment.filter(merchant_id=hooks.merchant.id, gateway=gateway, reference=reference)
                     .select_for_update().first())
    if payment is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such payment", "reference")
    if payment.status != PaymentStatus.PENDING:
        return payment
    if not paid:
        await Payment.filter(id=payment.id, status=PaymentStatus.PENDING).update(status=PaymentStatus.FAILED)
        payment.status = PaymentStatus.FAILED
        return payment
    order = await get_order(hooks.merchant.id, payment.order_id, lock=True)
    return await confirm_payment(hooks, order, payment)


async def confirm_payment(hooks: HookContext, order: Order, payment: Payment) -> Payment:
    """The gateway says the money arrived: the order is paid, commissions are granted."""
    now = utcnow()
    await transition(order, "pay", paid_at=now, expires_at=None)
    changed = await Payment.filter(id=payment.id, status=PaymentStatus.PENDING).update(status=PaymentStatus.SUCCEEDED, paid_at=now)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the payment is not pending")
    payment.status, payment.paid_at = PaymentStatus.SUCCEEDED, now
    await ledger.record_payment(order, payment.amount, payment.reference)
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    await hooks.hook.fenxiao_order_paid(order=order, lines=lines, payment=payment)
    commissions = await Commission.filter(merchant_id=order.merchant_id, order_id=order.id).order_by("id")
    await hooks.hook.fenxiao_order_commissions_granted(order=order, lines=lines, commissions=commissions)
    _after_commit(hooks, order, "paid")
    await apply_intents()
    return payment


# --- fulfilment ---


def units_to_ship(line: OrderLine) -> int:
    """Units of a line still to leave the warehouse: neither shipped nor refunded before they left.
    (A shipped unit refunded later stays shipped: it left, and comes back only if returned.)"""
    return line.quantity - line.shipped_quantity - line.released_quantity


async def _leaves(order: Order, line: OrderLine, quantity: int) -> None:
    """`quantity` more units of the line leave its warehouse (a parcel, a handover at the store): the stock
    and the line's shipped count, by a guarded update (the caller holds the order's lock)."""
    await stock.ship(order.merchant_id, line.product_id, line.warehouse_id, quantity, order.id)
    changed = await OrderLine.filter(id=line.id, shipped_quantity=line.shipped_quantity).update(shipped_quantity=line.shipped_quantity + quantity)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again")
    line.shipped_quantity += quantity


def parcel_label(carrier: str, tracking_number: str) -> tuple[str, str]:
    """A parcel's carrier and tracking number, trimmed, 1 to 64 characters each."""
    carrier, tracking_number = carrier.strip(), tracking_number.strip()
    DomainErrors.raise_if_any([DomainError(ErrorCode.INVALID, "1 to 64 characters", name)
                               for name, value in (("carrier", carrier), ("trackingNumber", tracking_number)) if not 1 <= len(value) <= 64])
    return carrier, tracking_number


async def ship(hooks: HookContext, order: Order, carrier: str, tracking_number: str,
               lines_wanted: list[LineUnits] | None = None) -> Shipment:
    """A parcel leaves: every unit still to ship (`lines_wanted` None) or some units of some lines.
    The order is SHIPPED once nothing is left to ship; until then it stays paid, partly shipped."""
    carrier, tracking_number = parcel_label(carrier, tracking_number)
    if not allowed("ship", order.status, order.physical):
        raise _refuse("ship", order)
    order_lines = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("product_id")}
    wanted = units_wanted(order_lines, lines_wanted, units_to_ship, "nothing is left to ship", still=" (still to ship)")
    now = utcnow()
    shipment = await Shipment.create(merchant_id=order.merchant_id, order_id=order.id, carrier=carrier, tracking_number=tracking_number)
    for line_id, quantity in sorted(wanted.items(), key=lambda item: order_lines[item[0]].product_id):
        await _leaves(order, order_lines[line_id], quantity)
        await ShipmentLine.create(merchant_id=order.merchant_id, shipment_id=shipment.id, line_id=line_id, quantity=quantity)
    await ShipmentEvent.create(merchant_id=order.merchant_id, shipment_id=shipment.id, status="shipped",
                               description=f"handed to {carrier}", occurred_at=now)
    await hooks.hook.fenxiao_order_shipped(order=order, shipment=shipment)
    await _shipped_if_all_left(hooks, order, order_lines.values(), now)
    await apply_intents()
    return shipment


async def _shipped_if_all_left(hooks: HookContext, order: Order, lines: Any, now: Any) -> None:
    """Nothing left to ship and something shipped: the order is SHIPPED (its auto-completion starts)."""
    lines = list(lines)
    if OrderStatus(order.status) == S.PAID and order.physical and all(units_to_ship(line) == 0 for line in lines) \
            and any(line.shipped_quantity for line in lines):
        await transition(order, "ship", shipped_at=now, auto_complete_at=now + timedelta(days=hooks.merchant.auto_complete_days))
        _after_commit(hooks, order, "shipped")


async def _units_leave(order: Order) -> None:
    """Every unit reserved for the order and still to ship leaves its warehouse (a handover at the store)."""
    for line in await OrderLine.filter(order_id=order.id).order_by("product_id"):
        remaining = units_to_ship(line)
        if remaining and line.warehouse_id is not None:
            await _leaves(order, line, remaining)


async def add_tracking_event(shipment: Shipment, status: str, description: str, location: str, occurred_at: datetime | None) -> ShipmentEvent:
    errors = []
    if not 1 <= len(status.strip()) <= 32:
        errors.append(DomainError(ErrorCode.INVALID, "1 to 32 characters", "status"))
    if len(description) > 300:
        errors.append(DomainError(ErrorCode.INVALID, "at most 300 characters", "description"))
    if len(location) > 100:
        errors.append(DomainError(ErrorCode.INVALID, "at most 100 characters", "location"))
    DomainErrors.raise_if_any(errors)
    return await ShipmentEvent.create(merchant_id=shipment.merchant_id, shipment_id=shipment.id, status=status.strip(),
                                      description=description.strip(), location=location.strip(), occurred_at=occurred_at or utcnow())


async def ready_for_pickup(hooks: HookContext, order: Order) -> Order:
    """The goods wait for the buyer at the store (a pickup plugin's mutation asks for it). They stay
    reserved where they are until handed over (`complete(..., handed_over=True)`)."""
    await transition(order, "ready_for_pickup", auto_complete_at=None)
    _after_commit(hooks, order, "ready_for_pickup")
    await apply_intents()
    return order


async def transfer_line(order: Order, line: OrderLine, warehouse_id: int, actor_id: int | None) -> None:
    """Move a line's reserved units to another warehouse of the merchant (to the store the buyer
    collects at) before the order leaves: only while they are still reserved for it."""
    if OrderStatus(order.status) not in (S.PAID, S.PENDING_PAYMENT) or line.warehouse_id is None:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "only the reserved units of an order not yet sent can be moved")
    remaining = units_to_ship(line)
    if line.warehouse_id == warehouse_id or remaining <= 0:
        return
    if not await Warehouse.exists(merchant_id=order.merchant_id, id=warehouse_id):
        raise DomainError(ErrorCode.NOT_FOUND, "no such warehouse", "warehouseId")
    await stock.transfer(order.merchant_id, line.product_id, line.warehouse_id, warehouse_id, remaining, order.id, actor_id)
    changed = await OrderLine.filter(id=line.id, warehouse_id=line.warehouse_id).update(warehouse_id=warehouse_id)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again")
    line.warehouse_id = warehouse_id


async def complete(hooks: HookContext, order: Order, *, handed_over: bool = False, intended: bool = False) -> Order:
    """The buyer has the goods. Three ways, one per kind of order:

    - a shipped order: the buyer confirms receipt (or `fenxiao settle` after the merchant's N days);
    - an order waiting for pickup: the store hands it over (`handed_over`), and its reserved units
      leave the store now — confirming receipt of goods still on the shelf would pay commissions on
      goods the buyer never took;
    - an order with nothing to ship (a credit to cloud stock): the plugin that fulfils it says it is
      done (`ctx.intend(order, "complete")`, `intended`) — never the buyer, who could otherwise
      complete a restock still waiting for its stock."""
    status = OrderStatus(order.status)
    picked_up = status == S.READY_FOR_PICKUP
    if picked_up and not handed_over:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "an order waiting for pickup completes when the store hands it over")
    if status == S.PAID and not order.physical and not intended:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "an order with nothing to ship completes when the mode fulfilling it is done")
    now = utcnow()
    await transition(order, "complete", completed_at=now, auto_complete_at=None)
    if picked_up:
        await _units_leave(order)
    await ledger.freeze_commissions(order, hooks.merchant, now)
    await hooks.hook.fenxiao_order_completed(order=order)
    _after_commit(hooks, order, "completed")
    await apply_intents()
    return order


async def cancel(hooks: HookContext, order: Order) -> Order:
    await transition(order, "cancel", cancelled_at=utcnow(), expires_at=None)
    for line in await OrderLine.filter(order_id=order.id).order_by("product_id"):
        if line.warehouse_id is not None:
            await stock.release(order.merchant_id, line.product_id, line.warehouse_id, line.quantity, order.id)
    await hooks.hook.fenxiao_order_cancelled(order=order)
    _after_commit(hooks, order, "cancelled")
    await apply_intents()
    return order


# --- refunds ---


@dataclass
class LineUnits:
    """Some units of one line: to refund, to ship in a parcel (of an order, or of a plugin's purchase order)."""

    line_id: int
    quantity: int


def units_wanted(lines: Mapping[int, Any], wanted: list[LineUnits] | None, left: Callable[[Any], int], nothing_left: str, *,
                 of: str = "in this order", still: str = "", field: str | None = None) -> dict[int, int]:
    """Units per line id: everything `left` of each line (`wanted` None), or the lines asked for, each once
    and 1 to what is left of it — refused with the field of each mistake; INVALID_TRANSITION when nothing is left."""
    if wanted is None:
        units = {line_id: left(line) for line_id, line in lines.items() if left(line) > 0}
    else:
        units, errors = {}, []
        for i, item in enumerate(wanted):
            line = lines.get(item.line_id)
            if line is None:
                errors.append(DomainError(ErrorCode.NOT_FOUND, f"no such line {of}", f"lines.{i}.lineId"))
            elif item.line_id in units:
                errors.append(DomainError(ErrorCode.INVALID, "each line once", f"lines.{i}.lineId"))
            elif not 1 <= item.quantity <= left(line):
                errors.append(DomainError(ErrorCode.INVALID, f"between 1 and {left(line)}{still}", f"lines.{i}.quantity"))
            else:
                units[item.line_id] = item.quantity
        DomainErrors.raise_if_any(errors)
    if not units:
        raise DomainError(ErrorCode.INVALID_TRANSITION, nothing_left, field)
    return units


def refundable(order_lines: dict[int, OrderLine], lines_wanted: list[LineUnits] | None) -> dict[int, int]:
    """The quantities to refund per line id: everything left (`lines_wanted` None), or the lines asked
    for, each once and no more than is left of it; refused with the field of each mistake."""
    return units_wanted(order_lines, lines_wanted, lambda line: line.quantity - line.refunded_quantity, "everything is refunded already")


async def refund_requested(order: Order) -> bool:
    """Whether the buyer has asked for a refund of the order that staff have not answered yet."""
    from fenxiao.core.models import RefundRequest

    return await RefundRequest.exists(open_order_id=order.id)


def worth_of(order_lines: dict[int, OrderLine], wanted: dict[int, int]) -> dict[int, int]:
    """What the units about to be refunded are worth, by line: the next `quantity` units of each after those refunded
    already (`money.units_worth`: the last ones take what is left, so a line's refunds add up to its total)."""
    return {line_id: units_worth(order_lines[line_id].total, order_lines[line_id].quantity, order_lines[line_id].refunded_quantity + quantity)
            - units_worth(order_lines[line_id].total, order_lines[line_id].quantity, order_lines[line_id].refunded_quantity)
            for line_id, quantity in wanted.items()}


async def refund(hooks: HookContext, order: Order, lines_wanted: list[LineUnits] | None, restock: bool, reason: str,
                 actor: User | None, amount: int | None = None) -> Refund:
    """Refund the whole order (`lines_wanted` None) or some quantities of some lines — for what they are worth,
    or for `amount` agreed instead (an after-sales offer: at most what they are worth, spread over the lines in
    proportion; no shipping). Either way those units are refunded: a later refund of others gets their worth."""
    if not allowed("refund", order.status, order.physical):
        raise _refuse("refund", order)
    if len(reason) > 300:
        raise DomainError(ErrorCode.INVALID, "at most 300 characters", "reason")
    order_lines = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("id")}
    wanted = refundable(order_lines, lines_wanted)

    amounts = worth_of(order_lines, wanted)
    everything = all(
        order_lines[i].refunded_quantity + wanted.get(i, 0) == order_lines[i].quantity for i in order_lines
    )
    lines_refunded = sum(line.refunded_amount for line in order_lines.values())
    extras_refunded = order.refunded_total - lines_refunded
    shipping_amount = (order.shipping_total + order.fee_total - extras_refunded) if everything else 0
    if amount is not None:
        worth = sum(amounts.values())
        if not 1 <= amount <= worth:
            raise DomainError(ErrorCode.INVALID, f"between {shown(1, order.currency)} and {shown(worth, order.currency)}, what the "
                                                 "units are worth", "amount")
        amounts = dict(zip(amounts, allocate(amount, list(amounts.values()))))
        shipping_amount = 0
    lines_amount = sum(amounts.values())

    refund_row = await Refund.create(merchant_id=order.merchant_id, order_id=order.id, amount=lines_amount,
                                     shipping_amount=shipping_amount, reason=reason.strip(), restock=restock,
                                     actor_id=actor.id if actor else None)
    for line_id, quantity in wanted.items():
        line = order_lines[line_id]
        # Units not yet shipped are refunded first: their reservation is released; shipped ones come back on hand if returned.
        unshipped = min(quantity, units_to_ship(line))
        changed = await OrderLine.filter(id=line_id, refunded_quantity=line.refunded_quantity).update(
            refunded_quantity=line.refunded_quantity + quantity, refunded_amount=line.refunded_amount + amounts[line_id],
            released_quantity=line.released_quantity + unshipped,
        )
        if changed != 1:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again")
        line.released_quantity += unshipped
        if line.warehouse_id is None:
            unshipped = 0  # nothing was reserved: nothing to release
        line.refunded_quantity += quantity
        line.refunded_amount += amounts[line_id]
        await RefundLine.create(merchant_id=order.merchant_id, refund_id=refund_row.id, line_id=line_id, quantity=quantity,
                                amount=amounts[line_id], unshipped_quantity=unshipped)
        if unshipped:
            await stock.release(order.merchant_id, line.product_id, line.warehouse_id, unshipped, order.id)
        if restock and quantity > unshipped and line.warehouse_id is not None:
            await stock.restock(order.merchant_id, line.product_id, line.warehouse_id, quantity - unshipped, order.id, actor.id if actor else None)

    total = lines_amount + shipping_amount
    changes: dict[str, Any] = {"refunded_total": order.refunded_total + total}
    if everything and changes["refunded_total"] == order.total:
        # All the money back: the order is over. Units settled for less (an amount agreed) leave it going on to
        # completion, where what the merchant kept earns its commissions like any sale.
        changes["status"] = OrderStatus.REFUNDED
        changes["auto_complete_at"] = None
    changed = await Order.filter(id=order.id, refunded_total=order.refunded_total, status=order.status).update(**changes, updated_at=utcnow())
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again")
    for name, value in changes.items():
        setattr(order, name, value)

    payment = await Payment.filter(order_id=order.id, status=PaymentStatus.SUCCEEDED).order_by("-id").first()
    if payment is not None:
        gateway = hooks.plugins.manager.gateway(payment.gateway)
        if hasattr(gateway, "refund_at"):
            # Back through the merchant's account, once this refund is committed (a provider's refund cannot be
            # rolled back with ours): pending until the provider confirms; `fenxiao settle` resends one never sent.
            reference = f"{order.number}R{refund_row.id}"
            await Refund.filter(id=refund_row.id).update(status=RefundStatus.PENDING, reference=reference)
            refund_row.status, refund_row.reference = RefundStatus.PENDING, reference
            hooks.defer(lambda: send_refund(hooks, refund_row.id))
        else:
            await gateway.refund(payment, total)
        await Payment.filter(id=payment.id).update(refunded_amount=payment.refunded_amount + total)
    await ledger.record_refund(order, refund_row)
    await ledger.reverse_for_refund(order, refund_row)
    await hooks.hook.fenxiao_order_refunded(order=order, refund=refund_row)
    _after_commit(hooks, order, "refunded")
    await _shipped_if_all_left(hooks, order, order_lines.values(), utcnow())  # the units refunded were the last ones to ship
    await apply_intents()
    return refund_row


async def _complete_as_intended(hooks: HookContext, order: Order) -> Order:
    return await complete(hooks, order, intended=True)


ACTIONS = {"complete": _complete_as_intended, "cancel": cancel}
