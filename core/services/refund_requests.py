"""After-sales cases (售后): a buyer's request for a refund, and each step to its end.

The buyer asks, for the whole order or some quantities of some lines: refund only (仅退款: before shipment,
or keeping what came) or return and refund (退货退款: shipped goods come back first), with a reason from the
merchant's list, a description and evidence images (uploaded first: core.media). Staff approve, reject with a reason, or offer another amount (the buyer
accepts it, or declines and staff answer again); the buyer may appeal a rejection once, and staff answer it
for good. An approved refund-only request refunds at once; an approved return
waits for the buyer's parcel (carrier and tracking number), then for staff to receive it (the goods back to
stock, or not), and refunds then. Every refund is the core's one refund path (`orders.refund`: money back
through the gateway that took it, commissions, spreads, bonuses and supplier shares reversed in proportion).

Deadlines are the merchant's settings and `fenxiao settle` keeps them (each case its own unit of work): a
refund-only request left unanswered is approved; a return not sent back in time is closed.

One case per order is open at a time (a unique column decides, not a check-then-insert); while one is open
the order's goods are not handed over at a store counter. Nobody answers their own request. Each step is an
append-only `AfterSalesStep` the buyer sees.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core import media, unit_of_work
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode, refuse_own
from fenxiao.core.money import shown
from fenxiao.core.models import (
    OPEN_REQUEST_STATES,
    AfterSalesKind,
    AfterSalesStep,
    Order,
    OrderLine,
    OrderStatus,
    RefundRequest,
    RefundRequestStatus,
    User,
)
from fenxiao.core.plugin_types import HookContext
from fenxiao.core.services import orders

MAX_REASON = 300
MAX_DESCRIPTION = 1000


async def _step(request: RefundRequest, actor: User | None, action: str, note: str = "") -> None:
    await AfterSalesStep.create(merchant_id=request.merchant_id, request_id=request.id, actor_id=actor.id if actor else None,
                                action=action, note=note[:300])


MAX_EVIDENCE = 9


def _evidence(keys: list[str], merchant_id: int, buyer: User, storage: media.LocalMedia | None) -> list[DomainError]:
    """Images the buyer uploaded for this merchant (core.media), each once, at most nine."""
    if len(keys) > MAX_EVIDENCE or len(set(keys)) != len(keys):
        return [DomainError(ErrorCode.INVALID, f"at most {MAX_EVIDENCE} different images", "evidence")]
    return [DomainError(ErrorCode.NOT_FOUND, "no image you uploaded has this key", f"evidence.{index}") for index, key in enumerate(keys)
            if not media.owned(key, merchant_id, buyer.id) or (storage is not None and storage.path(key) is None)]


async def ask(hooks: HookContext, order: Order, buyer: User, lines: list[orders.LineUnits] | None, reason: str,
              kind: AfterSalesKind = AfterSalesKind.REFUND_ONLY, description: str = "", evidence: list[str] | None = None,
              storage: media.LocalMedia | None = None) -> RefundRequest:
    if order.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer asks for a refund of an order", "orderId")
    if not orders.allowed("refund", order.status, order.physical):
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"an order that is {OrderStatus(order.status).value.replace('_', ' ')} "
                                                        "cannot be refunded", "orderId")
    merchant = hooks.merchant
    if OrderStatus(order.status) == OrderStatus.COMPLETED and order.completed_at is not None:
        window_end = order.completed_at + timedelta(days=merchant.after_sales_days)
        if utcnow() > window_end:
            raise DomainError(ErrorCode.AFTER_SALES_CLOSED, f"the after-sales window ended {window_end:%Y-%m-%d}", "orderId")
    reason, description = reason.strip(), description.strip()
    problems = []
    if merchant.after_sales_reasons and reason not in merchant.after_sales_reasons:
        problems.append(DomainError(ErrorCode.INVALID, f"one of: {', '.join(merchant.after_sales_reasons)}", "reason"))
    elif not 1 <= len(reason) <= MAX_REASON:
        problems.append(DomainError(ErrorCode.INVALID, f"1 to {MAX_REASON} characters", "reason"))
    if len(description) > MAX_DESCRIPTION:
        problems.append(DomainError(ErrorCode.INVALID, f"at most {MAX_DESCRIPTION} characters", "description"))
    problems += _evidence(evidence or [], merchant.id, buyer, storage)
    DomainErrors.raise_if_any(problems)
    order_lines = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("id")}
    wanted = orders.refundable(order_lines, lines)
    if kind == AfterSalesKind.RETURN_AND_REFUND and not _all_sent(order_lines, wanted):
        raise DomainError(ErrorCode.INVALID, "only goods that were sent can be returned; ask for a refund only for the rest", "kind")
    now = utcnow()
    due = now + timedelta(days=merchant.after_sales_answer_days)
    try:
        async with unit_of_work.savepoint():
            request = await RefundRequest.create(
                merchant_id=order.merchant_id, order_id=order.id, buyer_id=buyer.id, reason=reason, description=description, kind=kind,
                evidence=list(evidence or []),
                open_order_id=order.id, due_at=due,
                lines=None if lines is None else [{"lineId": line_id, "quantity": quantity} for line_id, quantity in wanted.items()],
            )
    except IntegrityError:
        raise DomainError(ErrorCode.REFUND_REQUEST_OPEN, "a refund request of this order is open already", "orderId") from None
    await _step(request, buyer, "asked", reason)
    return request


def _all_sent(order_lines: dict[int, OrderLine], wanted: dict[int, int]) -> bool:
    """Whether every unit asked about was shipped (or handed over) and not refunded yet: only those can come back,
    or be settled for less (units never sent are refunded in full)."""
    return all(quantity <= line.shipped_quantity - (line.refunded_quantity - line.released_quantity)
               for line, quantity in ((order_lines[line_id], quantity) for line_id, quantity in wanted.items()))


async def get(merchant_id: int, request_id: int, *, lock: bool = True) -> RefundRequest:
    queryset = RefundRequest.filter(merchant_id=merchant_id, id=request_id)
    request = await (queryset.select_for_update().first() if lock else queryset.first())
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such refund request", "requestId")
    return request


async def _move(request: RefundRequest, sources: set[RefundRequestStatus], status: RefundRequestStatus, **changes) -> None:
    """From one of `sources` to `status` by a guarded update; the order's open-case slot is held while the case is open."""
    if RefundRequestStatus(request.status) not in sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"the request is {RefundRequestStatus(request.status).value.replace('_', ' ')}",
                          "requestId")
    changes["open_order_id"] = request.order_id if status in OPEN_REQUEST_STATES else None
    try:
        async with unit_of_work.savepoint():
            changed = await RefundRequest.filter(id=request.id, status=request.status).update(status=status, updated_at=utcnow(), **changes)
    except IntegrityError:  # an appeal while another case of the order is open
        raise DomainError(ErrorCode.REFUND_REQUEST_OPEN, "another refund request of this order is open", "requestId") from None
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the request changed meanwhile", "requestId")
    request.status = status
    for name, value in changes.items():
        setattr(request, name, value)


async def withdraw(request: RefundRequest, buyer: User) -> RefundRequest:
    if request.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer withdraws their request", "requestId")
    await _move(request, {RefundRequestStatus.OPEN, RefundRequestStatus.OFFERED, RefundRequestStatus.AWAITING_RETURN,
                          RefundRequestStatus.APPEALED}, RefundRequestStatus.WITHDRAWN, due_at=None)
    await _step(request, buyer, "withdrawn")
    return request


def _answer(answer: str) -> str:
    answer = answer.strip()
    if len(answer) > MAX_REASON:
        raise DomainError(ErrorCode.INVALID, f"at most {MAX_REASON} characters", "reason")
    return answer


async def review(hooks: HookContext, request: RefundRequest, approve: bool, answer: str, restock: bool, actor: User | None) -> RefundRequest:
    """Staff answer an open or appealed request (`actor` None: the deadline approves it). A refund only is refunded
    at once; a return waits for the goods. A rejection says why; the buyer may appeal the first one."""
    if actor is not None:
        refuse_own(actor.id, request.buyer_id, "answer a refund request of", "requestId")
    answer = _answer(answer)
    now = utcnow()
    waiting = {RefundRequestStatus.OPEN, RefundRequestStatus.APPEALED}
    reviewer = dict(answer=answer, reviewed_by_id=actor.id if actor else None, reviewed_at=now)
    if not approve:
        if not answer:
            raise DomainError(ErrorCode.REQUIRED, "say why the request is rejected", "reason")
        await _move(request, waiting, RefundRequestStatus.REJECTED, due_at=None, **reviewer)
        await _step(request, actor, "rejected", answer)
        return request
    if AfterSalesKind(request.kind) == AfterSalesKind.RETURN_AND_REFUND:
        await _move(request, waiting, RefundRequestStatus.AWAITING_RETURN,
                    due_at=now + timedelta(days=hooks.merchant.after_sales_return_days), **reviewer)
        await _step(request, actor, "approved", answer or "send the goods back")
        return request
    await _move(request, waiting, RefundRequestStatus.APPROVED, due_at=None, **reviewer)
    await _step(request, actor, "approved", answer)
    return await _refund(hooks, request, restock, actor)


def _wanted(request: RefundRequest) -> list[orders.LineUnits] | None:
    return None if request.lines is None else [orders.LineUnits(int(item["lineId"]), int(item["quantity"])) for item in request.lines]


async def _refund(hooks: HookContext, request: RefundRequest, restock: bool, actor: User | None) -> RefundRequest:
    """The core's one refund path, for the units asked — at the amount agreed, if an offer was accepted."""
    order = await orders.get_order(request.merchant_id, request.order_id, lock=True)
    refund = await orders.refund(hooks, order, _wanted(request), restock, request.reason, actor, amount=request.offered_amount)
    await RefundRequest.filter(id=request.id).update(refund_id=refund.id)
    request.refund_id = refund.id
    await _step(request, actor, "refunded")
    return request


async def offer(hooks: HookContext, request: RefundRequest, actor: User, amount: int, note: str) -> RefundRequest:
    """Staff propose to refund `amount` instead of what the units are worth (a partial refund for a small fault,
    the buyer keeping the goods or returning them): the buyer accepts or declines."""
    refuse_own(actor.id, request.buyer_id, "answer a refund request of", "requestId")
    note = _answer(note)
    order_lines = {line.id: line for line in await OrderLine.filter(order_id=request.order_id)}
    wanted = orders.refundable(order_lines, _wanted(request))
    if not _all_sent(order_lines, wanted):
        raise DomainError(ErrorCode.INVALID, "goods never sent are refunded in full: approve", "amount")
    worth = sum(orders.worth_of(order_lines, wanted).values())
    if not 1 <= amount < worth:
        raise DomainError(ErrorCode.INVALID, f"less than the {shown(worth, hooks.merchant.currency)} asked for (to refund it all, approve)",
                          "amount")
    now = utcnow()
    await _move(request, {RefundRequestStatus.OPEN, RefundRequestStatus.APPEALED}, RefundRequestStatus.OFFERED, offered_amount=amount,
                answer=note, reviewed_by_id=actor.id, reviewed_at=now, due_at=now + timedelta(days=hooks.merchant.after_sales_answer_days))
    await _step(request, actor, "offered", f"{shown(amount, hooks.merchant.currency)} {note}".strip())
    return request


async def answer_offer(hooks: HookContext, request: RefundRequest, buyer: User, accept: bool) -> RefundRequest:
    """The buyer takes the offer (a refund only is refunded at once; a return waits for the goods) or declines it
    (staff answer again)."""
    if request.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer answers an offer", "requestId")
    now = utcnow()
    if not accept:
        await _move(request, {RefundRequestStatus.OFFERED}, RefundRequestStatus.OPEN, offered_amount=None,
                    due_at=now + timedelta(days=hooks.merchant.after_sales_answer_days))
        await _step(request, buyer, "offer_declined")
        return request
    if AfterSalesKind(request.kind) == AfterSalesKind.RETURN_AND_REFUND:
        await _move(request, {RefundRequestStatus.OFFERED}, RefundRequestStatus.AWAITING_RETURN,
                    due_at=now + timedelta(days=hooks.merchant.after_sales_return_days))
        await _step(request, buyer, "offer_accepted", "send the goods back")
        return request
    await _move(request, {RefundRequestStatus.OFFERED}, RefundRequestStatus.APPROVED, due_at=None)
    await _step(request, buyer, "offer_accepted")
    return await _refund(hooks, request, False, None)


async def appeal(hooks: HookContext, request: RefundRequest, buyer: User, note: str) -> RefundRequest:
    """The buyer disagrees with a rejection, once: staff answer again, for good."""
    if request.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer appeals their request", "requestId")
    if request.appealed_at is not None:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "a request is appealed once; this answer is final", "requestId")
    note = note.strip()
    if not 1 <= len(note) <= MAX_REASON:
        raise DomainError(ErrorCode.INVALID, f"say why, 1 to {MAX_REASON} characters", "note")
    now = utcnow()
    await _move(request, {RefundRequestStatus.REJECTED}, RefundRequestStatus.APPEALED, appeal=note, appealed_at=now,
                due_at=now + timedelta(days=hooks.merchant.after_sales_answer_days))
    await _step(request, buyer, "appealed", note)
    return request


async def ship_return(request: RefundRequest, buyer: User, carrier: str, tracking_number: str) -> RefundRequest:
    """The buyer sent the goods back: the parcel's carrier and tracking number."""
    if request.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer sends their return", "requestId")
    carrier, tracking_number = orders.parcel_label(carrier, tracking_number)
    await _move(request, {RefundRequestStatus.AWAITING_RETURN}, RefundRequestStatus.RETURN_SHIPPED, return_carrier=carrier,
                return_tracking=tracking_number, return_shipped_at=utcnow(), due_at=None)
    await _step(request, buyer, "return_shipped", f"{carrier} {tracking_number}")
    return request


async def receive(hooks: HookContext, request: RefundRequest, actor: User, restock: bool) -> RefundRequest:
    """Staff received the return: the goods back on hand (`restock`) or not (damaged), and the refund runs."""
    refuse_own(actor.id, request.buyer_id, "receive the return of", "requestId")
    await _move(request, {RefundRequestStatus.RETURN_SHIPPED}, RefundRequestStatus.APPROVED, received_at=utcnow())
    await _step(request, actor, "received", "back to stock" if restock else "not back to stock")
    return await _refund(hooks, request, restock, actor)


async def keep_deadlines(hooks: HookContext, now: datetime) -> dict[str, int]:
    """`fenxiao settle`: refund-only requests unanswered past their deadline are approved; returns not sent back in
    time, and offers the buyer never answered, are closed. Each case in its own unit of work; one that fails is reported and the others go on."""
    merchant_id = hooks.merchant.id
    due = RefundRequest.filter(merchant_id=merchant_id, due_at__lte=now).order_by("id")
    unanswered = await due.filter(kind=AfterSalesKind.REFUND_ONLY, status__in=[RefundRequestStatus.OPEN, RefundRequestStatus.APPEALED]
                                  ).values_list("id", flat=True)
    unreturned = await due.filter(status__in=[RefundRequestStatus.AWAITING_RETURN, RefundRequestStatus.OFFERED]).values_list("id", flat=True)

    async def approve(request_id: int) -> bool:
        request = await get(merchant_id, request_id)
        if request.due_at is None or request.due_at > now:
            return False
        await review(hooks, request, True, "approved: not answered in time", False, None)
        return True

    async def close(request_id: int) -> bool:
        request = await get(merchant_id, request_id)
        if request.due_at is None or request.due_at > now:
            return False
        why = "the offer was not answered in time" if RefundRequestStatus(request.status) == RefundRequestStatus.OFFERED else \
            "the goods were not sent back in time"
        await _move(request, {RefundRequestStatus.AWAITING_RETURN, RefundRequestStatus.OFFERED}, RefundRequestStatus.CLOSED, due_at=None)
        await _step(request, None, "closed", why)
        return True

    return {"refund_requests_approved_unanswered": await hooks.each_unit("approving an unanswered refund request", unanswered, approve),
            "refund_requests_closed_unanswered": await hooks.each_unit("closing a return never sent back or an offer unanswered",
                                                                       unreturned, close)}
