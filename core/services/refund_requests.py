"""A buyer's request for a refund (售后), and staff's answer to it.

The buyer asks, for the whole order or some quantities of some lines, with a reason; staff approve
(the core's refund runs: money back, commissions reversed in proportion, stock released or returned)
or reject with a reason. One request per order is open at a time (a unique column decides, not a
check-then-insert), and while it is open the order's goods are not handed over at a store counter.
Nobody answers their own request.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core import unit_of_work
from fenxiao.core.errors import DomainError, ErrorCode, refuse_own
from fenxiao.core.models import Order, OrderLine, OrderStatus, RefundRequest, RefundRequestStatus, User
from fenxiao.core.plugin_types import HookContext
from fenxiao.core.services import orders

MAX_REASON = 300


async def ask(hooks: HookContext, order: Order, buyer: User, lines: list[orders.LineUnits] | None, reason: str) -> RefundRequest:
    if order.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer asks for a refund of an order", "orderId")
    if not orders.allowed("refund", order.status, order.physical):
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"an order that is {OrderStatus(order.status).value.replace('_', ' ')} "
                                                        "cannot be refunded", "orderId")
    if OrderStatus(order.status) == OrderStatus.COMPLETED and order.completed_at is not None:
        window_end = order.completed_at + timedelta(days=hooks.merchant.after_sales_days)
        if utcnow() > window_end:
            raise DomainError(ErrorCode.AFTER_SALES_CLOSED, f"the after-sales window ended {window_end:%Y-%m-%d}", "orderId")
    reason = reason.strip()
    if not 1 <= len(reason) <= MAX_REASON:
        raise DomainError(ErrorCode.INVALID, f"1 to {MAX_REASON} characters", "reason")
    order_lines = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("id")}
    wanted = orders.refundable(order_lines, lines)
    try:
        async with unit_of_work.savepoint():
            return await RefundRequest.create(
                merchant_id=order.merchant_id, order_id=order.id, buyer_id=buyer.id, reason=reason, open_order_id=order.id,
                lines=None if lines is None else [{"lineId": line_id, "quantity": quantity} for line_id, quantity in wanted.items()],
            )
    except IntegrityError:
        raise DomainError(ErrorCode.REFUND_REQUEST_OPEN, "a refund request of this order is open already", "orderId") from None


async def get(merchant_id: int, request_id: int, *, lock: bool = True) -> RefundRequest:
    queryset = RefundRequest.filter(merchant_id=merchant_id, id=request_id)
    request = await (queryset.select_for_update().first() if lock else queryset.first())
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such refund request", "requestId")
    return request


async def _close(request: RefundRequest, status: RefundRequestStatus, **changes) -> None:
    changed = await RefundRequest.filter(id=request.id, status=RefundRequestStatus.OPEN).update(
        status=status, open_order_id=None, updated_at=utcnow(), **changes)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the request is not open any more", "requestId")
    request.status, request.open_order_id = status, None
    for name, value in changes.items():
        setattr(request, name, value)


async def withdraw(request: RefundRequest, buyer: User) -> RefundRequest:
    if request.buyer_id != buyer.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer withdraws their request", "requestId")
    await _close(request, RefundRequestStatus.WITHDRAWN)
    return request


async def review(hooks: HookContext, request: RefundRequest, approve: bool, answer: str, restock: bool, actor: User) -> RefundRequest:
    refuse_own(actor.id, request.buyer_id, "answer a refund request of", "requestId")
    answer = answer.strip()
    if len(answer) > MAX_REASON:
        raise DomainError(ErrorCode.INVALID, f"at most {MAX_REASON} characters", "reason")
    if request.status != RefundRequestStatus.OPEN:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the request is not open any more", "requestId")
    now = utcnow()
    if not approve:
        if not answer:
            raise DomainError(ErrorCode.REQUIRED, "say why the request is rejected", "reason")
        await _close(request, RefundRequestStatus.REJECTED, answer=answer, reviewed_by_id=actor.id, reviewed_at=now)
        return request
    order = await orders.get_order(request.merchant_id, request.order_id, lock=True)
    await _close(request, RefundRequestStatus.APPROVED, answer=answer, reviewed_by_id=actor.id, reviewed_at=now)
    wanted = None if request.lines is None else [orders.LineUnits(int(item["lineId"]), int(item["quantity"])) for item in request.lines]
    refund = await orders.refund(hooks, order, wanted, restock, request.reason, actor)
    await RefundRequest.filter(id=request.id).update(refund_id=refund.id)
    request.refund_id = refund.id
    return request
