"""GraphQL of cloud-warehouse ordering: the reseller's side (orderingMe, stock, restock, pick-up, shop
prices, downline, earnings) and the brand's (reviews, changes, the virtual-vs-physical report; generated
admin lists and CRUD for levels, price lists and the plugin's records)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON
from tortoise.expressions import Subquery

from fenxiao.core.models import Order, Product, ProductStatus, User
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import PRICE, ranged, MEMBER, OWNER, SHOPPER, STAFF, AdminModel, Connection, decode_id, DomainError, ErrorCode, graphql_enum, Guard, HasRole, Money, node_ref, PageArgs, paginate, Payload, SchemaContribution
from fenxiao.plugins.b2b_ordering import models as m
from fenxiao.plugins.b2b_ordering import service
from fenxiao.schema import references
from fenxiao.schema.orders import AddressInput, OrderLineInput

NAME = service.NAME
RESELLER = HasRole(service.ROLE)
ResellerStatusEnum = graphql_enum(m.ResellerStatus)
ProductNode = node_ref("Product")
OrderNode = node_ref("Order")
ResellerNode = node_ref("OrderingReseller")
MovementNode = node_ref("OrderingStockMovement")
LevelNode = node_ref("OrderingLevel")


@strawberry.type
class OrderingPrice:
    product: ProductNode
    retail: Money
    price: Money = strawberry.field(description="your level's price")
    shop_price: Money = strawberry.field(description="what your shop sells it for (the retail price unless you set your own)")


@strawberry.type(description="You as a reseller.")
class OrderingProfile:
    status: ResellerStatusEnum
    level: LevelNode
    upline: str | None = strawberry.field(description="your upline's name; null when you order from the brand")
    invite_code: str
    cumulative_purchases: Money
    price_list: list[OrderingPrice]


@strawberry.type
class OrderingStockItem:
    product: ProductNode
    quantity: int
    reserved: int
    available: int
    cost: Money = strawberry.field(description="what the units held cost you")


@strawberry.type(description="What you earned, net of refunds, and the profit over what the units you sold had cost you.")
class OrderingEarnings:
    spread: Money
    rebate: Money
    stock_sales: Money = strawberry.field(description="units sold to your downline, paid in full")
    retail_sales: Money = strawberry.field(description="units sold in your shop, paid in full")
    cost_of_sales: Money
    profit: Money


@strawberry.type(description="A product's physical stock against the cloud stock owed to resellers.")
class OrderingStockReportRow:
    product: ProductNode
    on_hand: int
    reserved: int
    virtual_owed: int
    shortfall: int = strawberry.field(description="units owed beyond what is on hand and free")


# --- inputs and payloads ---


@strawberry.input
class OrderingApplyInput:
    level_id: strawberry.ID | None = None
    invite_code: str | None = strawberry.field(default=None, description="an upline's code, to apply under them")
    answers: JSON | None = None


@strawberry.input
class OrderingJoinInput:
    invite_code: str
    level_id: strawberry.ID | None = None


@strawberry.type
class OrderingResellerPayload(Payload):
    reseller: ResellerNode | None = None


@strawberry.input
class OrderingRestockInput:
    lines: list[OrderLineInput]
    note: str = ""


@strawberry.input
class OrderingPickupInput:
    lines: list[OrderLineInput]
    shipping_address: AddressInput


@strawberry.type
class OrderingOrderPayload(Payload):
    order: OrderNode | None = None


@strawberry.input
class OrderingShopPriceSetInput:
    product_id: strawberry.ID
    price: int = ranged(PRICE, "within the product's resale bounds")


@strawberry.type
class OrderingShopPriceSetPayload(Payload):
    price: Money | None = None


@strawberry.input
class OrderingResellerReviewInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    approve: bool
    level_id: strawberry.ID | None = None
    reason: str = ""


@strawberry.input
class OrderingResellerChangeInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    reason: str
    level_id: strawberry.ID | None = None
    upline_id: strawberry.ID | None = strawberry.field(default=None, description=f"a new upline reseller: {references.MEMBER_ID}")
    to_brand: bool = strawberry.field(default=False, description="order from the brand directly (no upline)")
    status: ResellerStatusEnum | None = None


def _lines(lines: list[OrderLineInput]) -> list[orders.LineInput]:
    return [orders.LineInput(decode_id(line.product_id, "Product", f"lines.{i}.productId"), line.quantity) for i, line in enumerate(lines)]


async def _money_view(ctx: Any, totals: dict[str, int]) -> OrderingEarnings:
    money = {k: Money(minor=v, currency=ctx.currency) for k, v in totals.items()}
    return OrderingEarnings(spread=money["spread"], rebate=money["rebate"], stock_sales=money["stock_sale"],
                            retail_sales=money["retail_sale"], cost_of_sales=money["cost_of_sales"], profit=money["profit"])


@strawberry.type
class OrderingQuery:
    @strawberry.field(extensions=[Guard(MEMBER)], description="Your reseller status, level, upline, invite code and price list; null if you are not one.")
    async def ordering_me(self, info: strawberry.Info) -> OrderingProfile | None:
        ctx = info.context
        row = await service.reseller(ctx.merchant.id, ctx.user.id)
        if row is None:
            return None
        level = await m.OrderingLevel.get(id=row.level_id)
        products = await Product.filter(merchant_id=ctx.merchant.id, status=ProductStatus.ACTIVE).order_by("id")
        prices = await service.price_list(ctx.merchant.id, row, products)
        upline = await User.get_or_none(id=row.upline_id) if row.upline_id else None
        shop = {p.product_id: p.price for p in await m.OrderingShopPrice.filter(merchant_id=ctx.merchant.id, reseller_id=ctx.user.id)}
        cur = ctx.currency
        return OrderingProfile(
            status=m.ResellerStatus(row.status), level=level, upline=upline.display_name if upline else None,
            invite_code=row.invite_code, cumulative_purchases=Money(minor=row.cumulative_purchases, currency=cur),
            price_list=[OrderingPrice(product=p, retail=Money(minor=p.price, currency=cur), price=Money(minor=prices[p.id], currency=cur),
                                      shop_price=Money(minor=shop.get(p.id, p.price), currency=cur))
                        for p in products])

    @strawberry.field(extensions=[Guard(RESELLER)], description="Your cloud stock, per product.")
    async def ordering_my_stock(self, info: strawberry.Info) -> list[OrderingStockItem]:
        ctx = info.context
        rows = await m.OrderingCloudStock.filter(merchant_id=ctx.merchant.id, reseller_id=ctx.user.id).order_by("product_id")
        products = {p.id: p for p in await Product.filter(merchant_id=ctx.merchant.id, id__in=[r.product_id for r in rows])}
        return [OrderingStockItem(product=products[r.product_id], quantity=r.quantity, reserved=r.reserved, available=r.quantity - r.reserved,
                                  cost=Money(minor=r.cost, currency=ctx.currency)) for r in rows]

    @strawberry.field(extensions=[Guard(RESELLER)], description="Every movement of your cloud stock, newest first.")
    async def ordering_my_stock_movements(self, info: strawberry.Info, product_id: strawberry.ID | None = None, first: int | None = None,
                                          after: str | None = None, last: int | None = None, before: str | None = None) -> Connection[MovementNode]:
        ctx = info.context
        queryset = m.OrderingStockMovement.filter(merchant_id=ctx.merchant.id, reseller_id=ctx.user.id)
        if product_id is not None:
            queryset = queryset.filter(product_id=decode_id(product_id, "Product", "productId"))
        return await paginate(queryset.order_by("-id"), PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(RESELLER)], description="Resellers directly below you.")
    async def ordering_my_downline(self, info: strawberry.Info, first: int | None = None, after: str | None = None,
                                   last: int | None = None, before: str | None = None) -> Connection[ResellerNode]:
        ctx = info.context
        queryset = m.OrderingReseller.filter(merchant_id=ctx.merchant.id, upline_id=ctx.user.id).order_by("-id")
        return await paginate(queryset, PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(RESELLER)], description="Restocks of the resellers directly below you, newest first.")
    async def ordering_downline_orders(self, info: strawberry.Info, first: int | None = None, after: str | None = None,
                                       last: int | None = None, before: str | None = None) -> Connection[OrderNode]:
        ctx = info.context
        downline = Subquery(m.OrderingReseller.filter(merchant_id=ctx.merchant.id, upline_id=ctx.user.id).values("user_id"))
        queryset = Order.filter(merchant_id=ctx.merchant.id, buyer_id__in=downline, fulfillment_method=service.CLOUD_STOCK).order_by("-id")
        return await paginate(queryset, PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(RESELLER)], description="Your spread, rebate and sales, and your profit.")
    async def ordering_my_earnings(self, info: strawberry.Info) -> OrderingEarnings:
        ctx = info.context
        return await _money_view(ctx, await service.earnings(ctx.merchant.id, ctx.user.id))

    @strawberry.field(extensions=[Guard(STAFF)], description="Per product: physical stock against cloud stock owed; shortfalls flagged.")
    async def ordering_stock_report(self, info: strawberry.Info) -> list[OrderingStockReportRow]:
        rows = await service.stock_report(info.context.merchant.id)
        return [OrderingStockReportRow(product=r["product"], on_hand=r["on_hand"], reserved=r["reserved"], virtual_owed=r["virtual"],
                                       shortfall=r["shortfall"]) for r in rows]


@strawberry.type
class OrderingMutation:
    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Apply to become a reseller; the brand reviews.")
    async def ordering_apply(self, info: strawberry.Info, input: OrderingApplyInput) -> OrderingResellerPayload:
        ctx = info.context
        level_id = decode_id(input.level_id, "OrderingLevel", "levelId") if input.level_id else None
        answers = input.answers if isinstance(input.answers, dict) else {}
        return OrderingResellerPayload(reseller=await service.apply(ctx.hooks(), ctx.user, level_id, input.invite_code, answers))

    @strawberry.mutation(extensions=[Guard(SHOPPER)], description="Join under the reseller whose invite code this is.")
    async def ordering_join(self, info: strawberry.Info, input: OrderingJoinInput) -> OrderingResellerPayload:
        ctx = info.context
        hooks = ctx.hooks()
        await accounts.join(hooks, ctx.user)
        level_id = decode_id(input.level_id, "OrderingLevel", "levelId") if input.level_id else None
        row = await service.join(hooks, ctx.user, input.invite_code, level_id)
        await ctx.refresh_roles()
        return OrderingResellerPayload(reseller=row)

    @strawberry.mutation(extensions=[Guard(RESELLER)], description="Order units into your cloud stock at your level's price (from your upline's stock or the brand).")
    async def ordering_restock(self, info: strawberry.Info, input: OrderingRestockInput) -> OrderingOrderPayload:
        ctx = info.context
        order = await orders.place(ctx.hooks(), ctx.user, orders.PlaceOrder(
            lines=_lines(input.lines), address=None, note=input.note, fulfillment_method=service.CLOUD_STOCK,
            attribution={NAME: {"kind": service.RESTOCK}}))
        return OrderingOrderPayload(order=order)

    @strawberry.mutation(extensions=[Guard(RESELLER)], description="Have units of your cloud stock shipped to an address (提货).")
    async def ordering_pickup(self, info: strawberry.Info, input: OrderingPickupInput) -> OrderingOrderPayload:
        ctx = info.context
        hooks = ctx.hooks()
        a = input.shipping_address
        order = await orders.place(hooks, ctx.user, orders.PlaceOrder(
            lines=_lines(input.lines), address=orders.AddressInput(a.name, a.phone, a.region_code, a.address, a.postal_code),
            fulfillment_method=service.CLOUD_PICKUP, attribution={NAME: {"kind": service.PICKUP}}))
        if order.total == 0:  # nothing to pay: the pick-up goes to the warehouse at once
            await orders.pay(hooks, order, ctx.manager.gateway("manual"), f"pickup-{order.number}")
        return OrderingOrderPayload(order=order)

    @strawberry.mutation(extensions=[Guard(RESELLER)], description="Set your shop's retail price of a product (within its resale bounds).")
    async def ordering_shop_price_set(self, info: strawberry.Info, input: OrderingShopPriceSetInput) -> OrderingShopPriceSetPayload:
        ctx = info.context
        product = await Product.get_or_none(merchant_id=ctx.merchant.id, id=decode_id(input.product_id, "Product", "productId"))
        if product is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such product", "productId")
        row = await service.set_shop_price(ctx.hooks(), ctx.user, product, input.price)
        return OrderingShopPriceSetPayload(price=Money(minor=row.price, currency=ctx.currency))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Approve (at a level) or reject (with a reason) a reseller application.")
    async def ordering_reseller_review(self, info: strawberry.Info, input: OrderingResellerReviewInput) -> OrderingResellerPayload:
        ctx = info.context
        member_id = await references.member(ctx, input.member_id, "memberId")
        level_id = decode_id(input.level_id, "OrderingLevel", "levelId") if input.level_id else None
        return OrderingResellerPayload(reseller=await service.review(ctx.hooks(), member_id, input.approve, level_id, input.reason, ctx.user))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Change a reseller's level, upline or status, with a reason.")
    async def ordering_reseller_change(self, info: strawberry.Info, input: OrderingResellerChangeInput) -> OrderingResellerPayload:
        ctx = info.context
        member_id = await references.member(ctx, input.member_id, "memberId")
        upline: Any = False
        if input.to_brand:
            upline = None
        elif input.upline_id is not None:
            upline = await references.member(ctx, input.upline_id, "uplineId")
        before = await service.reseller(ctx.merchant.id, member_id)
        row = await service.change(
            ctx.hooks(), member_id, ctx.user, input.reason,
            level_id=decode_id(input.level_id, "OrderingLevel", "levelId") if input.level_id else None,
            upline_id=upline, status=m.ResellerStatus(input.status.value) if input.status else None)

        def view(r: Any) -> dict:
            return {"level": r.level_id, "upline": r.upline_id, "status": m.ResellerStatus(r.status).value} if r else {}

        ctx.audit("OrderingReseller", member_id, view(before), {**view(row), "reason": input.reason})
        return OrderingResellerPayload(reseller=row)


# --- generated admin ---


async def _validate_level(row: m.OrderingLevel, ctx: Any) -> None:
    """Ranges are the columns' own (Guard); a level must not undercut the spread of the levels above it."""
    await service.check_spread(ctx.merchant.id, level=row)


async def _validate_price(row: m.OrderingLevelPrice, ctx: Any) -> None:
    await service.check_spread(ctx.merchant.id, price=row)


def contribution() -> SchemaContribution:
    read_only = {"create": None, "update": None, "delete": None}
    return SchemaContribution(
        query=OrderingQuery,
        mutation=OrderingMutation,
        admin=[
            AdminModel(m.OrderingLevel, read=MEMBER, create=OWNER, update=OWNER, delete=OWNER, default_order=("-rank",), validate=_validate_level),
            AdminModel(m.OrderingLevelPrice, read=STAFF, create=OWNER, update=OWNER, delete=OWNER, validate=_validate_price),
            AdminModel(m.OrderingReseller, read=STAFF, hidden=("path",), default_order=("-id",), **read_only),
            AdminModel(m.OrderingResellerChange, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.OrderingShopPrice, read=STAFF, **read_only),
            AdminModel(m.OrderingCloudStock, read=STAFF, **read_only),
            AdminModel(m.OrderingStockMovement, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.OrderingSourcing, read=STAFF, default_order=("-id",), **read_only),
        ],
    )
