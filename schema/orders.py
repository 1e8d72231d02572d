"""Orders through their lifecycle, and stock adjustments."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

import strawberry
from tortoise.functions import Count

from fenxiao.core.ranges import PRICE, QUANTITY, STOCK_DELTA
from fenxiao.schema.inputs import ranged
from strawberry.scalars import JSON

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import AfterSalesKind, Order as OrderModel, Payment, Product, Refund, RefundRequest, RefundRequestStatus, \
    Shipment as ShipmentModel, StockReason, Warehouse
from fenxiao.core.plugin_types import DraftLine, OrderDraft
from fenxiao.core import media
from fenxiao.core.gateways import accounts as gateway_accounts
from fenxiao.core.services import idempotency, orders, refund_requests, stock
from fenxiao.schema.admin import node_ref
from fenxiao.schema import references
from fenxiao.schema.errors import Payload
from fenxiao.schema.money import Money
from fenxiao.schema.permissions import MEMBER, SHOPPER, STAFF, Guard
from fenxiao.schema.relay import decode_id

OrderNode = node_ref("Order")
PaymentNode = node_ref("Payment")
ShipmentNode = node_ref("Shipment")
RefundNode = node_ref("Refund")
RefundRequestNode = node_ref("RefundRequest")
StockLevelNode = node_ref("StockLevel")


@strawberry.input
class OrderLineInput:
    product_id: strawberry.ID
    quantity: int = ranged(QUANTITY)


@strawberry.input
class AddressInput:
    name: str
    phone: str
    region_code: str | None = strawberry.field(
        default=None, description="administrative division code, e.g. 310104 (GB/T 2260), or a merchant-defined region. Leave it "
                                  "out to have it read from the address text (with regional agents on: 浙江省杭州市西湖区…); "
                                  "a code the merchant's regions do not know is refused (INVALID)")
    address: str
    postal_code: str = ""
    latitude: float | None = strawberry.field(default=None, description="where the address is (WGS-84 degrees, from the buyer's map); "
                                                                        "same-city delivery from a store needs it")
    longitude: float | None = strawberry.field(default=None, description="with latitude")


@strawberry.input
class OrderPlaceInput:
    lines: list[OrderLineInput]
    shipping_address: AddressInput
    note: str = ""
    referral_code: str | None = strawberry.field(default=None, description="a distributor's share code")
    seller_id: strawberry.ID | None = strawberry.field(default=None, description=f"the member whose shop sells: {references.MEMBER_ID}")
    store_id: strawberry.ID | None = strawberry.field(default=None, description="a store, for plugins that have stores")
    fulfillment_method: str = "delivery"
    attribution: JSON | None = strawberry.field(default=None, description="extra attribution data plugins read")
    idempotency_key: str | None = strawberry.field(
        default=None, description="8–128 characters chosen by the client; a retry with the same key returns the first order")


@strawberry.type
class OrderPayload(Payload):
    order: OrderNode | None = None


@strawberry.input
class OrderPayInput:
    order_id: strawberry.ID
    idempotency_key: str = strawberry.field(description="8–128 characters chosen by the client; a retry with the same key pays once")
    gateway: str = "manual"
    reference: str = strawberry.field(default="", description="the offline payment's reference (bank transfer number …)")
    method: str | None = strawberry.field(default=None, description="online gateways: how the buyer pays (wechat: jsapi, native, h5)")
    openid: str | None = strawberry.field(default=None, description="wechat jsapi: the buyer's openid in the merchant's app")


@strawberry.type
class OrderPayPayload(Payload):
    order: OrderNode | None = None
    payment: PaymentNode | None = None
    action_url: str | None = strawberry.field(default=None, description="where to send the buyer to finish paying (online gateways)")
    client: JSON | None = strawberry.field(default=None, description="online gateways: what the client needs to start paying — "
                                                                     "wechat native {codeUrl} (show it as a QR code), h5 {h5Url}, "
                                                                     "jsapi the wx.requestPayment parameters")


@strawberry.input
class OrderShipLineInput:
    line_id: strawberry.ID
    quantity: int = ranged(QUANTITY)


@strawberry.input
class OrderShipInput:
    order_id: strawberry.ID
    carrier: str
    tracking_number: str
    lines: list[OrderShipLineInput] | None = strawberry.field(
        default=None, description="the units this parcel carries; leave out for everything still to ship. The order is "
                                  "SHIPPED once nothing is left to ship")


@strawberry.type
class OrderShipPayload(Payload):
    order: OrderNode | None = None
    shipment: ShipmentNode | None = None


@strawberry.input
class OrderTrackingAddInput:
    shipment_id: strawberry.ID
    status: str
    description: str = ""
    location: str = ""
    occurred_at: datetime | None = None


@strawberry.type
class OrderTrackingAddPayload(Payload):
    shipment: ShipmentNode | None = None


@strawberry.input
class OrderCompleteInput:
    order_id: strawberry.ID


@strawberry.input
class OrderCancelInput:
    order_id: strawberry.ID


@strawberry.input
class RefundLineInput:
    line_id: strawberry.ID
    quantity: int = ranged(QUANTITY)


@strawberry.input
class OrderRefundInput:
    order_id: strawberry.ID
    idempotency_key: str
    lines: list[RefundLineInput] | None = strawberry.field(default=None, description="leave out to refund everything that is left")
    restock: bool = strawberry.field(default=False, description="put returned units back on hand (shipped orders)")
    reason: str = ""


@strawberry.type
class OrderRefundPayload(Payload):
    order: OrderNode | None = None
    refund: RefundNode | None = None


AfterSalesKindEnum = strawberry.enum(AfterSalesKind, name="AfterSalesKind")


@strawberry.input
class OrderRefundRequestInput:
    order_id: strawberry.ID
    lines: list[RefundLineInput] | None = strawberry.field(default=None, description="leave out to ask for everything that is left")
    reason: str = strawberry.field(description="one of the merchant's after-sales reasons (merchant { afterSalesReasons })")
    kind: AfterSalesKindEnum = strawberry.field(default=AfterSalesKind.REFUND_ONLY, description="REFUND_ONLY (仅退款) or "
                                                "RETURN_AND_REFUND (退货退款: shipped goods only)")
    description: str = strawberry.field(default="", description="what happened, at most 1000 characters")
    evidence: list[str] = strawberry.field(default_factory=list, description="keys of images you uploaded (POST /media), at most 9")


@strawberry.input
class RefundRequestAppealInput:
    request_id: strawberry.ID
    note: str = strawberry.field(description="why the rejection is wrong (1–300 characters)")


@strawberry.input
class RefundRequestOfferInput:
    request_id: strawberry.ID
    amount: int = ranged(PRICE, "minor units: less than what the units asked for are worth")
    note: str = strawberry.field(default="", description="why, for the buyer (at most 300 characters)")


@strawberry.input
class RefundRequestOfferAnswerInput:
    request_id: strawberry.ID
    accept: bool


@strawberry.input
class RefundRequestShipReturnInput:
    request_id: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.input
class RefundRequestReceiveInput:
    request_id: strawberry.ID
    restock: bool = strawberry.field(description="the goods go back on hand (false: damaged, kept aside)")


@strawberry.type
class RefundRequestCount:
    status: str
    count: int


@strawberry.input
class RefundRequestWithdrawInput:
    request_id: strawberry.ID


@strawberry.input
class RefundRequestReviewInput:
    request_id: strawberry.ID
    approve: bool
    reason: str = strawberry.field(default="", description="required to reject: the buyer reads it")
    restock: bool = strawberry.field(default=False, description="approving a return of shipped goods: put them back on hand")


@strawberry.type
class RefundRequestPayload(Payload):
    request: RefundRequestNode | None = None
    order: OrderNode | None = None


@strawberry.input
class StockAdjustInput:
    product_id: strawberry.ID
    warehouse_id: strawberry.ID
    delta: int = ranged(STOCK_DELTA, "units in (positive) or out (negative); not zero")
    reason: str = strawberry.field(default="receipt", description="receipt or adjustment")
    note: str = ""


@strawberry.type
class StockAdjustPayload(Payload):
    stock_level: StockLevelNode | None = None


@strawberry.type
class FulfillmentOptionType:
    code: str
    label: str
    shipping_fee: Money


@strawberry.type
class PaymentGatewayType:
    name: str
    title: str
    buyer_initiated: bool


async def _order(ctx: Any, order_id: str, *, lock: bool = True) -> OrderModel:
    return await orders.get_order(ctx.merchant.id, decode_id(order_id, "Order", "orderId"), lock=lock)


async def _request(ctx: Any, request_id: str) -> RefundRequest:
    """An after-sales case of the request's merchant, locked for the step about to be taken."""
    return await refund_requests.get(ctx.merchant.id, decode_id(request_id, "RefundRequest", "requestId"))


async def _with_order(ctx: Any, request: RefundRequest) -> RefundRequestPayload:
    """A step that may have refunded: the case, and its order as it is now."""
    return RefundRequestPayload(request=request, order=await orders.get_order(ctx.merchant.id, request.order_id))


def _own_or_staff(ctx: Any, order: OrderModel) -> None:
    if not ctx.is_staff() and order.buyer_id != ctx.user.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer or staff may do this", "orderId")


def _optional_id(value: str | None, type_name: str, field: str) -> int | None:
    return None if value is None else decode_id(value, type_name, field)


@strawberry.type
class OrderQuery:
    @strawberry.field(extensions=[Guard(STAFF)], description="The after-sales queue at a glance: how many cases are in each status "
                                                             "(the cases themselves: refundRequests(filter:)).")
    async def refund_request_counts(self, info: strawberry.Info) -> list[RefundRequestCount]:
        rows = await (RefundRequest.filter(merchant_id=info.context.merchant.id).annotate(count=Count("id")).group_by("status")
                      .values("status", "count"))
        counted = {RefundRequestStatus(row["status"]): row["count"] for row in rows}
        return [RefundRequestCount(status=status.name, count=counted.get(status, 0)) for status in RefundRequestStatus]

    @strawberry.field(extensions=[Guard(STAFF)], description="Payment gateways installed, by name.")
    def payment_gateways(self, info: strawberry.Info) -> list[PaymentGatewayType]:
        return [PaymentGatewayType(name=g.name, title=g.title, buyer_initiated=g.buyer_initiated)
                for g in info.context.manager.gateways().values()]

    @strawberry.field(extensions=[Guard(SHOPPER)], description="How these lines could be delivered, with fees (before placing).")
    async def fulfillment_options(self, info: strawberry.Info, lines: list[OrderLineInput],
                                  store_id: strawberry.ID | None = None) -> list[FulfillmentOptionType]:
        ctx = info.context
        ids = [decode_id(line.product_id, "Product", f"lines.{i}.productId") for i, line in enumerate(lines)]
        products = {p.id: p for p in await Product.filter(merchant_id=ctx.merchant.id, id__in=ids)}
        draft = OrderDraft(merchant=ctx.merchant, buyer=ctx.user, address={}, store_id=_optional_id(store_id, "Store", "storeId"),
                           lines=[DraftLine(index=i, product=products[pid], quantity=line.quantity, unit_price=products[pid].price)
                                  for i, (pid, line) in enumerate(zip(ids, lines)) if pid in products])
        options = await orders.fulfillment_options(ctx.hooks(), draft)
        return [FulfillmentOptionType(code=o.code, label=o.label, shipping_fee=Money(minor=o.shipping_fee, currency=ctx.currency)) for o in options]


@strawberry.type
class OrderMutation:
    @strawberry.mutation(extensions=[Guard(SHOPPER)], description="Place an order. Prices come from the server; stock is reserved.")
    async def order_place(self, info: strawberry.Info, input: OrderPlaceInput) -> OrderPayload:
        ctx = info.context
        seller_id = await references.optional_member(ctx, input.seller_id, "sellerId")
        attribution = input.attribution if isinstance(input.attribution, dict) else {}
        reserved = sorted(set(attribution) & set(ctx.manager.infos))
        if reserved:  # each plugin keeps its own data under its name
            raise DomainError(ErrorCode.INVALID, f"attribution keys {', '.join(reserved)} are set by plugins, not by clients", "attribution")
        if input.idempotency_key is not None:
            request = {k: v for k, v in dataclasses.asdict(input).items() if k != "idempotency_key"}
            earlier = await idempotency.claim(ctx.merchant.id, ctx.user.id, "orderPlace", input.idempotency_key, request, OrderModel)
            if earlier is not None:
                return OrderPayload(order=earlier)
        a = input.shipping_address
        data = orders.PlaceOrder(
            lines=[orders.LineInput(decode_id(line.product_id, "Product", f"lines.{i}.productId"), line.quantity)
                   for i, line in enumerate(input.lines)],
            address=orders.AddressInput(a.name, a.phone, a.region_code, a.address, a.postal_code, a.latitude, a.longitude),
            note=input.note, referral_code=input.referral_code,
            seller_id=seller_id,
            store_id=_optional_id(input.store_id, "Store", "storeId"),
            fulfillment_method=input.fulfillment_method,
            attribution=attribution,
        )
        order = await orders.place(ctx.hooks(), ctx.user, data)
        if input.idempotency_key is not None:
            await idempotency.record(ctx.merchant.id, ctx.user.id, "orderPlace", input.idempotency_key, order)
        await ctx.refresh_roles()
        return OrderPayload(order=order)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Pay an order. Offline (manual) payments are recorded by staff.")
    async def order_pay(self, info: strawberry.Info, input: OrderPayInput) -> OrderPayPayload:
        ctx = info.context
        gateway = ctx.manager.gateway(input.gateway)
        request = {"orderId": input.order_id, "gateway": input.gateway, "reference": input.reference, "method": input.method}
        earlier = await idempotency.claim(ctx.merchant.id, ctx.user.id, "orderPay", input.idempotency_key, request, Payment)
        if earlier is not None:
            return OrderPayPayload(order=await _order(ctx, input.order_id, lock=False), payment=earlier)
        order = await _order(ctx, input.order_id)
        if gateway.buyer_initiated:
            _own_or_staff(ctx, order)
        elif not ctx.is_staff():
            raise DomainError(ErrorCode.FORBIDDEN, f"the {gateway.name} gateway records payments taken by staff", "gateway")
        start = None
        if input.method is not None:
            if input.openid is not None and not 1 <= len(input.openid) <= 128:
                raise DomainError(ErrorCode.INVALID, "1 to 128 characters", "openid")
            client_ip = ctx.request.client.host if ctx.request is not None and ctx.request.client else None
            start = orders.StartRequest(method=input.method, notify_url=gateway_accounts.notify_url(gateway.name, ctx.merchant.slug),
                                        openid=input.openid, client_ip=client_ip)
        payment, started = await orders.pay(ctx.hooks(), order, gateway, input.reference, start, ctx.settings.secret_key)
        await idempotency.record(ctx.merchant.id, ctx.user.id, "orderPay", input.idempotency_key, payment)
        return OrderPayPayload(order=order, payment=payment, action_url=started.action_url if started else None,
                               client=started.client if started else None)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Hand a paid order, or some of its units, to a carrier.")
    async def order_ship(self, info: strawberry.Info, input: OrderShipInput) -> OrderShipPayload:
        ctx = info.context
        order = await _order(ctx, input.order_id)
        parcel = None if input.lines is None else [
            orders.LineUnits(decode_id(line.line_id, "OrderLine", f"lines.{i}.lineId"), line.quantity) for i, line in enumerate(input.lines)]
        shipment = await orders.ship(ctx.hooks(), order, input.carrier, input.tracking_number, parcel)
        return OrderShipPayload(order=order, shipment=shipment)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Append a tracking event to a shipment.")
    async def order_tracking_add(self, info: strawberry.Info, input: OrderTrackingAddInput) -> OrderTrackingAddPayload:
        ctx = info.context
        shipment = await ShipmentModel.get_or_none(merchant_id=ctx.merchant.id, id=decode_id(input.shipment_id, "Shipment", "shipmentId"))
        if shipment is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such shipment", "shipmentId")
        await orders.add_tracking_event(shipment, input.status, input.description, input.location, input.occurred_at)
        return OrderTrackingAddPayload(shipment=shipment)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer confirms receipt (staff may too).")
    async def order_complete(self, info: strawberry.Info, input: OrderCompleteInput) -> OrderPayload:
        ctx = info.context
        order = await _order(ctx, input.order_id)
        _own_or_staff(ctx, order)
        return OrderPayload(order=await orders.complete(ctx.hooks(), order))

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Cancel an unpaid order; its stock is released.")
    async def order_cancel(self, info: strawberry.Info, input: OrderCancelInput) -> OrderPayload:
        ctx = info.context
        order = await _order(ctx, input.order_id)
        _own_or_staff(ctx, order)
        return OrderPayload(order=await orders.cancel(ctx.hooks(), order))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Refund a paid order, whole or some lines; commissions are reversed in proportion.")
    async def order_refund(self, info: strawberry.Info, input: OrderRefundInput) -> OrderRefundPayload:
        ctx = info.context
        wanted = None
        if input.lines is not None:
            wanted = [orders.LineUnits(decode_id(line.line_id, "OrderLine", f"lines.{i}.lineId"), line.quantity)
                      for i, line in enumerate(input.lines)]
        request = {"orderId": input.order_id, "lines": [(l.line_id, l.quantity) for l in input.lines or []] if input.lines is not None else None,
                   "restock": input.restock, "reason": input.reason}
        earlier = await idempotency.claim(ctx.merchant.id, ctx.user.id, "orderRefund", input.idempotency_key, request, Refund)
        if earlier is not None:
            return OrderRefundPayload(order=await _order(ctx, input.order_id, lock=False), refund=earlier)
        order = await _order(ctx, input.order_id)
        refund = await orders.refund(ctx.hooks(), order, wanted, input.restock, input.reason, ctx.user)
        await idempotency.record(ctx.merchant.id, ctx.user.id, "orderRefund", input.idempotency_key, refund)
        return OrderRefundPayload(order=order, refund=refund)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer asks for a refund of their order, whole or some lines (售后); "
                                                                  "staff answer with refundRequestReview. One open request per order.")
    async def order_refund_request(self, info: strawberry.Info, input: OrderRefundRequestInput) -> RefundRequestPayload:
        ctx = info.context
        wanted = None
        if input.lines is not None:
            wanted = [orders.LineUnits(decode_id(line.line_id, "OrderLine", f"lines.{i}.lineId"), line.quantity)
                      for i, line in enumerate(input.lines)]
        order = await _order(ctx, input.order_id)
        request = await refund_requests.ask(ctx.hooks(), order, ctx.user, wanted, input.reason, AfterSalesKind(input.kind.value),
                                            input.description, input.evidence, media.LocalMedia(ctx.settings.media_dir))
        return RefundRequestPayload(request=request, order=order)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer appeals a rejected request, once; staff answer it for good.")
    async def refund_request_appeal(self, info: strawberry.Info, input: RefundRequestAppealInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        return RefundRequestPayload(request=await refund_requests.appeal(ctx.hooks(), request, ctx.user, input.note))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Offer to refund another amount than the units are worth; the buyer "
                                                                 "accepts or declines. Never on your own request.")
    async def refund_request_offer(self, info: strawberry.Info, input: RefundRequestOfferInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        return RefundRequestPayload(request=await refund_requests.offer(ctx.hooks(), request, ctx.user, input.amount, input.note))

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer accepts the amount offered (a refund only is refunded at "
                                                                  "once, a return waits for the goods) or declines it.")
    async def refund_request_offer_answer(self, info: strawberry.Info, input: RefundRequestOfferAnswerInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        request = await refund_requests.answer_offer(ctx.hooks(), request, ctx.user, input.accept)
        return await _with_order(ctx, request)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer sent an approved return back: its carrier and tracking number.")
    async def refund_request_ship_return(self, info: strawberry.Info, input: RefundRequestShipReturnInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        return RefundRequestPayload(request=await refund_requests.ship_return(request, ctx.user, input.carrier, input.tracking_number))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="The return arrived: back to stock or not; the refund runs. Never your own.")
    async def refund_request_receive(self, info: strawberry.Info, input: RefundRequestReceiveInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        request = await refund_requests.receive(ctx.hooks(), request, ctx.user, input.restock)
        return await _with_order(ctx, request)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="The buyer withdraws their open refund request.")
    async def refund_request_withdraw(self, info: strawberry.Info, input: RefundRequestWithdrawInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        return RefundRequestPayload(request=await refund_requests.withdraw(request, ctx.user))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Approve a refund request (the refund runs: money back, commissions "
                                                                 "reversed in proportion) or reject it with a reason. Never your own.")
    async def refund_request_review(self, info: strawberry.Info, input: RefundRequestReviewInput) -> RefundRequestPayload:
        ctx = info.context
        request = await _request(ctx, input.request_id)
        request = await refund_requests.review(ctx.hooks(), request, input.approve, input.reason, input.restock, ctx.user)
        return await _with_order(ctx, request)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Receive goods into a warehouse, or write stock off.")
    async def stock_adjust(self, info: strawberry.Info, input: StockAdjustInput) -> StockAdjustPayload:
        ctx = info.context
        product_id = decode_id(input.product_id, "Product", "productId")
        warehouse_id = decode_id(input.warehouse_id, "Warehouse", "warehouseId")
        if not await Product.exists(merchant_id=ctx.merchant.id, id=product_id):
            raise DomainError(ErrorCode.NOT_FOUND, "no such product", "productId")
        if not await Warehouse.exists(merchant_id=ctx.merchant.id, id=warehouse_id):
            raise DomainError(ErrorCode.NOT_FOUND, "no such warehouse", "warehouseId")
        if input.reason not in (StockReason.RECEIPT.value, StockReason.ADJUSTMENT.value):
            raise DomainError(ErrorCode.INVALID, "receipt or adjustment", "reason")
        if len(input.note) > 200:
            raise DomainError(ErrorCode.INVALID, "at most 200 characters", "note")
        level = await stock.adjust(ctx.merchant.id, product_id, warehouse_id, input.delta, StockReason(input.reason), ctx.user.id, input.note)
        return StockAdjustPayload(stock_level=level)

