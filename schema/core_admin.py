"""The kernel's models as admin CRUD (see schema/admin.py), with their extra fields."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON
from tortoise.functions import Sum
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from fenxiao.core import media, models as m
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.privacy import mask_address, mask_name, mask_phone
from fenxiao.schema.admin import AdminModel
from fenxiao.schema.identity import UserExtras
from fenxiao.schema.permissions import MEMBER, OWNER, PUBLIC


def _staff_or(own: str):
    """Scope: staff see every row; other members only rows where `own` is themselves."""

    def scope(queryset: QuerySet, ctx: Any) -> QuerySet:
        return queryset if ctx.is_staff() else queryset.filter(**{own: ctx.user.id})

    return scope


def _orders_of(queryset: QuerySet, ctx: Any) -> QuerySet:
    """Orders a member may see: staff all; others what they bought, sold from their shop, or earn on
    (a distributor's, an agent's commission) — the buyer masked (OrderExtras) unless it is them."""
    if ctx.is_staff():
        return queryset
    earning = Subquery(m.Commission.filter(merchant_id=ctx.merchant.id, beneficiary_id=ctx.user.id).values("order_id"))
    return queryset.filter(Q(buyer_id=ctx.user.id) | Q(seller_id=ctx.user.id) | Q(id__in=earning))


def _active_products_for_shoppers(queryset: QuerySet, ctx: Any) -> QuerySet:
    return queryset if ctx.is_staff() else queryset.filter(status=m.ProductStatus.ACTIVE)


async def _validate_product(product: m.Product, ctx: Any) -> None:
    errors = []
    if product.price < 0:
        errors.append(DomainError(ErrorCode.INVALID, "must not be negative", "price"))
    low, high = product.min_resale_price, product.max_resale_price
    if low is not None and low < 0:
        errors.append(DomainError(ErrorCode.INVALID, "must not be negative", "minResalePrice"))
    if low is not None and high is not None and low > high:
        errors.append(DomainError(ErrorCode.PRICE_OUT_OF_RANGE, "the minimum is above the maximum", "minResalePrice"))
    if not product.sku or not product.title:
        errors.append(DomainError(ErrorCode.REQUIRED, "a product needs a SKU and a title", "sku" if not product.sku else "title"))
    DomainErrors.raise_if_any(errors)


# Units that can be ordered now, over all warehouses: read with the product (schema/admin.py `computed`).
PRODUCT_AVAILABLE = ('COALESCE((SELECT SUM(s.on_hand - s.reserved) FROM stock_level s '
                     'WHERE s.product_id = "product"."id" AND s.merchant_id = "product"."merchant_id"), 0)')


class ProductExtras:
    @strawberry.field(description="Units that can be ordered now, over all warehouses.")
    def available(self, info: strawberry.Info) -> int:
        units = getattr(self, "available_units", None)
        if units is not None:
            return int(units)
        # A product reached another way (an order line's product): batched per request instead.
        return info.context.loaders.custom("product_available", _available_of(info.context.merchant.id)).load(self.id)


def _available_of(merchant_id: int):
    async def load(product_ids: list[int]) -> list[int]:
        rows = await (m.StockLevel.filter(merchant_id=merchant_id, product_id__in=set(product_ids))
                      .annotate(on_hand_sum=Sum("on_hand"), reserved_sum=Sum("reserved"))
                      .group_by("product_id").values("product_id", "on_hand_sum", "reserved_sum"))
        totals = {row["product_id"]: (row["on_hand_sum"] or 0) - (row["reserved_sum"] or 0) for row in rows}
        return [totals.get(i, 0) for i in product_ids]

    return load


def _sees_buyer(info: strawberry.Info, order: m.Order) -> bool:
    """Staff and the buyer see whom an order ships to; anyone else (a distributor, an agent) sees it masked."""
    ctx = info.context
    return ctx.is_staff() or (ctx.user is not None and ctx.user.id == order.buyer_id)


class OrderExtras:
    @strawberry.field(description="Masked unless you are staff or the buyer.")
    def ship_name(self, info: strawberry.Info) -> str:
        return self.ship_name if _sees_buyer(info, self) else mask_name(self.ship_name)

    @strawberry.field(description="Masked unless you are staff or the buyer.")
    def ship_phone(self, info: strawberry.Info) -> str:
        return self.ship_phone if _sees_buyer(info, self) else mask_phone(self.ship_phone)

    @strawberry.field(description="Masked unless you are staff or the buyer.")
    def ship_address(self, info: strawberry.Info) -> str:
        return self.ship_address if _sees_buyer(info, self) else mask_address(self.ship_address)

    @strawberry.field(description="Hidden unless you are staff or the buyer.")
    def ship_postal_code(self, info: strawberry.Info) -> str:
        return self.ship_postal_code if _sees_buyer(info, self) else ""

    @strawberry.field(description="Hidden unless you are staff or the buyer.")
    def note(self, info: strawberry.Info) -> str:
        return self.note if _sees_buyer(info, self) else ""

    @strawberry.field(description="What plugins recorded at placement (uplines, seller, region …). Staff only.")
    def attribution(self, info: strawberry.Info) -> JSON | None:
        return self.attribution if info.context.is_staff() else None


class LedgerEntryExtras:
    @strawberry.field(description="pending, frozen, available, withdrawing or debt (members); cash, sales … (merchant).")
    async def account_kind(self, info: strawberry.Info) -> str:
        account = await info.context.loaders.by_id(m.Account).load(self.account_id)
        return m.AccountKind(account.kind).value

    @strawberry.field(description="What moved the money: order_payment, commission_accrue, withdrawal_request …")
    async def kind(self, info: strawberry.Info) -> str:
        return (await info.context.loaders.by_id(m.LedgerTransaction).load(self.transaction_id)).kind

    @strawberry.field
    async def memo(self, info: strawberry.Info) -> str:
        return (await info.context.loaders.by_id(m.LedgerTransaction).load(self.transaction_id)).memo


class RefundRequestExtras:
    @strawberry.field(description="Links to the evidence images, each opening for an hour.")
    def evidence_links(self, info: strawberry.Info) -> list[str]:
        return [media.link(info.context.settings.secret_key, key) for key in self.evidence or []]


CORE_ADMIN = [
    AdminModel(m.User, read=None, create=None, update=None, delete=None,
               hidden=("email", "phone", "password_hash", "token_version", "is_active"), extend=UserExtras),
    AdminModel(m.Product, read=PUBLIC, scope=_active_products_for_shoppers, validate=_validate_product,
               children=("stock_levels",), extend=ProductExtras, computed={"available_units": PRODUCT_AVAILABLE},
               description="Something the merchant sells."),
    AdminModel(m.Warehouse),
    AdminModel(m.StockLevel, create=None, update=None, delete=None, readonly=("on_hand", "reserved")),
    AdminModel(m.StockMovement, create=None, update=None, delete=None, default_order=("-id",)),
    AdminModel(m.Order, read=MEMBER, create=None, update=None, delete=None, scope=_orders_of, extend=OrderExtras,
               children=("lines", "adjustments", "payments", "shipments", "refunds"), default_order=("-id",),
               description="An order. Staff see every order; a member sees those they bought, sold from their shop or earn a "
                           "commission on, the buyer masked unless it is them (filter by buyerId for your own purchases)."),
    AdminModel(m.OrderLine, read=None, create=None, update=None, delete=None),
    AdminModel(m.OrderAdjustment, read=None, create=None, update=None, delete=None),
    AdminModel(m.Payment, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("order__buyer_id"),
               default_order=("-id",)),
    AdminModel(m.Shipment, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("order__buyer_id"), children=("events", "lines"),
               default_order=("-id",)),
    AdminModel(m.ShipmentLine, read=None, create=None, update=None, delete=None),
    AdminModel(m.ShipmentEvent, read=None, create=None, update=None, delete=None, default_order=("occurred_at",)),
    AdminModel(m.Refund, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("order__buyer_id"),
               children=("lines",), default_order=("-id",)),
    AdminModel(m.RefundLine, read=None, create=None, update=None, delete=None),
    AdminModel(m.RefundRequest, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("buyer_id"),
               hidden=("open_order_id",), children=("steps",), extend=RefundRequestExtras, default_order=("-id",),
               description="An after-sales case (售后): a buyer's request for a refund and each step to its end; staff see "
                           "every case (filter by status and kind), a buyer their own."),
    AdminModel(m.AfterSalesStep, read=None, create=None, update=None, delete=None, default_order=("id",)),
    AdminModel(m.Membership, create=None, update=None, delete=None, children=("roles",)),
    AdminModel(m.MemberRole, read=None, create=None, update=None, delete=None),
    AdminModel(m.Account, create=None, update=None, delete=None),
    AdminModel(m.LedgerTransaction, create=None, update=None, delete=None, default_order=("-id",)),
    AdminModel(m.LedgerEntry, create=None, update=None, delete=None, extend=LedgerEntryExtras, default_order=("-id",)),
    AdminModel(m.Commission, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("beneficiary_id"),
               default_order=("-id",)),
    AdminModel(m.AuditEntry, read=OWNER, create=None, update=None, delete=None, default_order=("-id",),
               description="Who changed money, roles, territories, configs or bindings: what, when, before and after."),
    AdminModel(m.Withdrawal, read=MEMBER, create=None, update=None, delete=None, scope=_staff_or("member_id"),
               default_order=("-id",)),
]
