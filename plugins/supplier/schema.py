"""GraphQL of suppliers: the brand's console (review, rates, purchase orders, receipts, deposits,
adjustments, statements) and the supplier's back office (its products and proposals, stock, orders to
ship, purchase orders, statements, balance) — the same operations, scoped: a supplier's staff see their
supplier only, and of a buyer only what shipping needs. Distributors choose profit modes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from tortoise.timezone import now as utcnow

from tortoise.expressions import Q

from fenxiao.core import db
from fenxiao.core.models import Account, AccountKind, Order, OrderLine, OrderStatus, Product, ProductStatus, ShipmentLine, StockLevel
from fenxiao.core.privacy import mask_name
from fenxiao.plugins import (
    MAX_QUANTITY,
    MEMBER,
    PRICE,
    QUANTITY,
    RATE,
    STAFF,
    AdminModel,
    Connection,
    DomainError,
    ErrorCode,
    Guard,
    HasRole,
    Money,
    PageArgs,
    Payload,
    Range,
    SchemaContribution,
    decode_id,
    encode_id,
    graphql_enum,
    orders,
    paginate,
    ranged,
)
from fenxiao.core.ranges import SIGNED_AMOUNT
from fenxiao.plugins.supplier import models as m
from fenxiao.plugins.supplier import rules, service
from fenxiao.schema import references

NAME = service.NAME
SUPPLIER = HasRole(service.ROLE)
SUPPLIER_OR_STAFF = HasRole(service.ROLE, "staff")
DISTRIBUTOR = HasRole(*service.DISTRIBUTOR_ROLES)
SupplierStatusEnum = graphql_enum(m.SupplierStatus)
SupplyFormEnum = graphql_enum(m.SupplyForm)
ChangeStatusEnum = graphql_enum(m.SupplierChangeStatus)
PurchaseStatusEnum = graphql_enum(m.PurchaseStatus)
OrderStatusEnum = graphql_enum(OrderStatus)
ProfitModeEnum = graphql_enum(rules.ProfitMode)
PAGE, MAX_PAGE = 20, 100


def _guard(permission: Any, audit: bool | None = None) -> Guard:
    return Guard(permission, plugin=NAME, audit=audit)


def _money(info: strawberry.Info, minor: int) -> Money:
    return Money(minor=minor, currency=info.context.currency)


def _gid(kind: str, pk: int | None) -> strawberry.ID | None:
    return None if pk is None else strawberry.ID(encode_id(kind, pk))


async def _product_of(supply: m.SupplierProduct) -> Product:
    """The core product of a supply row (already joined on the lists that show it)."""
    return supply.product if isinstance(supply.product, Product) else await supply.product


def _sees_private(info: strawberry.Info, supplier_id: int) -> bool:
    """The brand's staff and the supplier's own staff see its contacts, licence, terms and stock."""
    ctx = info.context
    return ctx.is_staff() or getattr(ctx, "_supplier_id", None) == supplier_id


async def _scope(info: strawberry.Info, supplier_id: strawberry.ID | None) -> m.Supplier:
    """The supplier a back-office call is about (see service.acting_for); remembered for the fields shown."""
    ctx = info.context
    pk = None if supplier_id is None else decode_id(supplier_id, "Supplier", "supplierId")
    supplier = await service.acting_for(ctx.hooks(), pk, ctx.is_staff())
    if not ctx.is_staff():
        ctx._supplier_id = supplier.id
    return supplier


@strawberry.type(description="A company that supplies the brand.")
class Supplier:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("Supplier", self.id)

    @strawberry.field
    def code(self) -> str:
        return self.code

    @strawberry.field
    def company_name(self) -> str:
        return self.company_name

    @strawberry.field
    def status(self) -> SupplierStatusEnum:
        return self.status

    @strawberry.field
    def categories(self) -> list[str]:
        return list(self.categories)

    @strawberry.field(description="the brand's and the supplier's staff only")
    def contact_name(self, info: strawberry.Info) -> str | None:
        return self.contact_name if _sees_private(info, self.id) else mask_name(self.contact_name)

    @strawberry.field(description="the brand's and the supplier's staff only")
    def contact_phone(self, info: strawberry.Info) -> str | None:
        return self.contact_phone if _sees_private(info, self.id) else None

    @strawberry.field(description="the brand's and the supplier's staff only")
    def licence_number(self, info: strawberry.Info) -> str | None:
        return self.licence_number if _sees_private(info, self.id) else None

    @strawberry.field(description="masked: its last four characters")
    def payout_account(self, info: strawberry.Info) -> str | None:
        return ("****" + self.payout_account[-4:]) if _sees_private(info, self.id) else None

    @strawberry.field
    def agreement_version(self) -> str | None:
        return self.agreement_version

    @strawberry.field
    def agreement_accepted_at(self) -> datetime | None:
        return self.agreement_accepted_at

    @strawberry.field(description="its owner: the member whose wallet holds its money")
    def owner_id(self, info: strawberry.Info) -> strawberry.ID | None:
        return _gid("User", self.owner_id) if _sees_private(info, self.id) else None

    @strawberry.field(description="its consignment stock")
    def warehouse_id(self, info: strawberry.Info) -> strawberry.ID | None:
        return _gid("Warehouse", self.warehouse_id) if _sees_private(info, self.id) else None

    @strawberry.field(description="the platform's commission on its sales (null: by category or the merchant's)")
    def platform_bps(self, info: strawberry.Info) -> int | None:
        return self.platform_bps if _sees_private(info, self.id) else None

    @strawberry.field(description="invited by the brand (false: it applied)")
    def invited(self) -> bool:
        return self.invited_by_id is not None

    @strawberry.field(description="the brand's last review note")
    def note(self, info: strawberry.Info) -> str | None:
        return self.note if _sees_private(info, self.id) else None

    @strawberry.field
    def created_at(self) -> datetime:
        return self.created_at


@strawberry.type(description="A product a supplier supplies, with its terms.")
class SupplyProduct:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("SupplyProduct", self.id)

    @strawberry.field
    def supplier_id(self) -> strawberry.ID:
        return _gid("Supplier", self.supplier_id)

    @strawberry.field
    def product_id(self) -> strawberry.ID:
        return _gid("Product", self.product_id)

    @strawberry.field
    async def sku(self) -> str:
        return (await _product_of(self)).sku

    @strawberry.field
    async def title(self) -> str:
        return (await _product_of(self)).title

    @strawberry.field(description="retail price")
    async def price(self, info: strawberry.Info) -> Money:
        return _money(info, (await _product_of(self)).price)

    @strawberry.field
    def form(self) -> SupplyFormEnum:
        return self.form

    @strawberry.field
    def category(self) -> str:
        return self.category

    @strawberry.field(description="what the supplier is owed per unit")
    def supply_price(self, info: strawberry.Info) -> Money:
        return _money(info, self.supply_price)

    @strawberry.field(description="the lowest price a distributor sells at")
    def min_price(self, info: strawberry.Info) -> Money:
        return _money(info, self.min_price)

    @strawberry.field(description="the highest price a distributor sells at")
    def max_price(self, info: strawberry.Info) -> Money:
        return _money(info, self.max_price)

    @strawberry.field(description="the supplier's commission to a distributor (推广代收, 推广返佣), basis points")
    def distributor_bps(self) -> int:
        return self.distributor_bps

    @strawberry.field(description="the profit modes distributors may choose")
    def modes(self) -> list[ProfitModeEnum]:
        return [mode for mode in (rules.Mode.RESALE, rules.Mode.COLLECT, rules.Mode.REBATE) if getattr(self, mode.value)]

    @strawberry.field(description="the brand's and the supplier's staff: the platform's rate on this product (null: falls back)")
    def platform_bps(self, info: strawberry.Info) -> int | None:
        return self.platform_bps if _sees_private(info, self.supplier_id) else None

    @strawberry.field(description="consignment: units in the supplier's stock (in supplyProducts, for the brand's and the supplier's staff)")
    def stock_on_hand(self) -> int | None:
        level = getattr(self, "_stock", None)
        return None if level is None else level.on_hand

    @strawberry.field(description="consignment: units of that stock reserved for orders")
    def stock_reserved(self) -> int | None:
        level = getattr(self, "_stock", None)
        return None if level is None else level.reserved

@strawberry.type(description="A product or change a supplier proposed, and the brand's decision.")
class SupplierChange:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("SupplierChange", self.id)

    @strawberry.field
    def supplier_id(self) -> strawberry.ID:
        return _gid("Supplier", self.supplier_id)

    @strawberry.field(description="the product changed (null: a new product proposed and not yet approved)")
    def supply_id(self) -> strawberry.ID | None:
        return _gid("SupplyProduct", self.supply_id)

    @strawberry.field(description="the fields proposed, by name (prices in minor units)")
    def proposed(self) -> JSON:
        return self.proposed

    @strawberry.field(description="those fields before the change was applied")
    def before(self) -> JSON:
        return self.before

    @strawberry.field
    def status(self) -> ChangeStatusEnum:
        return self.status

    @strawberry.field
    def note(self) -> str:
        return self.note

    @strawberry.field
    def proposed_at(self) -> datetime:
        return self.created_at

    @strawberry.field
    def decided_at(self) -> datetime | None:
        return self.decided_at


@strawberry.type(description="A line of an order the supplier fulfils.")
class SupplierOrderLine:
    line_id: strawberry.ID
    sku: str
    title: str
    quantity: int
    shipped: int = strawberry.field(description="units shipped")
    refunded: int = strawberry.field(description="units refunded")
    paid: Money
    supplier_share: Money = strawberry.field(description="the supplier's share under the terms of the sale")
    mode: ProfitModeEnum


@strawberry.type(description="A parcel of the supplier's lines.")
class SupplierParcel:
    shipment_id: strawberry.ID
    carrier: str
    tracking_number: str
    shipped_at: datetime
    units: JSON = strawberry.field(description="units by order line (global IDs)")


@strawberry.type(description="An order as a supplier sees it: its own lines, and where to send them (no more of the buyer).")
class SupplierOrder:
    order_id: strawberry.ID
    number: str
    status: OrderStatusEnum
    paid_at: datetime | None
    ship_name: str
    ship_phone: str
    ship_region_code: str
    ship_address: str
    ship_postal_code: str
    lines: list[SupplierOrderLine]
    parcels: list[SupplierParcel] = strawberry.field(description="the supplier's parcels of this order")


@strawberry.type
class StatementLine:
    kind: str = strawberry.field(description="sale, refund, receipt, adjustment")
    amount: Money
    description: str


@strawberry.type(description="A supplier's statement of one cycle: issued once, never changed.")
class SupplierStatement:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("SupplierStatement", self.id)

    @strawberry.field
    def supplier_id(self) -> strawberry.ID:
        return _gid("Supplier", self.supplier_id)

    @strawberry.field
    def number(self) -> str:
        return self.number

    @strawberry.field
    def period_start(self) -> date:
        return self.period_start

    @strawberry.field
    def period_end(self) -> date:
        return self.period_end

    @strawberry.field(description="debt carried in from the previous statement")
    def opening_debt(self, info: strawberry.Info) -> Money:
        return _money(info, self.opening_debt)

    @strawberry.field(description="shares released and wholesale receipts due in the cycle")
    def earned(self, info: strawberry.Info) -> Money:
        return _money(info, self.earned)

    @strawberry.field(description="taken back for refunds after release")
    def refunded(self, info: strawberry.Info) -> Money:
        return _money(info, self.refunded)

    @strawberry.field
    def adjusted(self, info: strawberry.Info) -> Money:
        return _money(info, self.adjusted)

    @strawberry.field(description="earned − refunded + adjusted − opening debt, when positive")
    def payable(self, info: strawberry.Info) -> Money:
        return _money(info, self.payable)

    @strawberry.field(description="taken from the deposit to cover the debt")
    def deposit_used(self, info: strawberry.Info) -> Money:
        return _money(info, self.deposit_used)

    @strawberry.field(description="debt carried to the next statement")
    def closing_debt(self, info: strawberry.Info) -> Money:
        return _money(info, self.closing_debt)

    @strawberry.field
    def issued_at(self) -> datetime:
        return self.created_at

    @strawberry.field
    async def lines(self, info: strawberry.Info) -> list[StatementLine]:
        return [StatementLine(kind=line.kind, amount=_money(info, line.amount), description=line.description)
                for line in await m.StatementLine.filter(statement_id=self.id).order_by("id")]


@strawberry.type(description="A supplier's money: its owner's wallet.")
class SupplierBalance:
    pending: Money = strawberry.field(description="shares of paid orders not yet completed")
    frozen: Money = strawberry.field(description="shares in the after-sales window, and receipts waiting for their statement")
    available: Money = strawberry.field(description="withdrawable (withdrawalRequest, by the owner)")
    withdrawing: Money
    debt: Money = strawberry.field(description="refunds after payout not yet netted")
    deposit: Money = strawberry.field(description="the deposit (保证金) the brand holds")


@strawberry.type
class PurchaseLine:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("PurchaseLine", self.id)

    @strawberry.field
    def product_id(self) -> strawberry.ID:
        return _gid("Product", self.product_id)

    @strawberry.field
    def quantity(self) -> int:
        return self.quantity

    @strawberry.field
    def unit_price(self, info: strawberry.Info) -> Money:
        return _money(info, self.unit_price)

    @strawberry.field
    def shipped(self) -> int:
        return self.shipped

    @strawberry.field
    def received(self) -> int:
        return self.received


@strawberry.type
class PurchaseShipment:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("PurchaseShipment", self.id)

    @strawberry.field
    def carrier(self) -> str:
        return self.carrier

    @strawberry.field
    def tracking_number(self) -> str:
        return self.tracking_number

    @strawberry.field(description="units by purchase line (global IDs)")
    def units(self) -> JSON:
        return {encode_id("PurchaseLine", int(k)): v for k, v in self.lines.items()}

    @strawberry.field(description="the payable once received")
    def amount(self, info: strawberry.Info) -> Money:
        return _money(info, self.amount)

    @strawberry.field
    def received_at(self) -> datetime | None:
        return self.received_at


@strawberry.type(description="The brand buys from a wholesale supplier.")
class PurchaseOrder:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return _gid("PurchaseOrder", self.id)

    @strawberry.field
    def number(self) -> str:
        return self.number

    @strawberry.field
    def supplier_id(self) -> strawberry.ID:
        return _gid("Supplier", self.supplier_id)

    @strawberry.field
    def warehouse_id(self) -> strawberry.ID:
        return _gid("Warehouse", self.warehouse_id)

    @strawberry.field
    def status(self) -> PurchaseStatusEnum:
        return self.status

    @strawberry.field
    def total(self, info: strawberry.Info) -> Money:
        return _money(info, self.total)

    @strawberry.field
    def note(self) -> str:
        return self.note

    @strawberry.field
    def created_at(self) -> datetime:
        return self.created_at

    @strawberry.field
    async def lines(self) -> list[PurchaseLine]:
        return await m.PurchaseLine.filter(purchase_id=self.id).order_by("id")

    @strawberry.field
    async def shipments(self) -> list[PurchaseShipment]:
        return await m.PurchaseShipment.filter(purchase_id=self.id).order_by("id")


@strawberry.type(description="A distributor's choice for a supplier product.")
class SupplyOffer:
    @strawberry.field
    def supply_id(self) -> strawberry.ID:
        return _gid("SupplyProduct", self.supply_id)

    @strawberry.field
    def mode(self) -> ProfitModeEnum:
        return rules.Mode(self.mode)

    @strawberry.field(description="its unit price (null: the retail price)")
    def price(self, info: strawberry.Info) -> Money | None:
        return None if self.price is None else _money(info, self.price)


# --- inputs and payloads ---


@strawberry.input
class SupplierApplyInput:
    code: str = strawberry.field(description="2 to 32 lower-case letters, digits or dashes")
    company_name: str
    contact_name: str
    contact_phone: str
    licence_number: str = strawberry.field(description="统一社会信用代码, 18 characters")
    categories: list[str]
    payout_account: str
    agreement_version: str = strawberry.field(description="the version of the supplier agreement accepted (the plugin's agreement_version)")


@strawberry.input
class SupplierInviteInput:
    owner_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    code: str
    company_name: str
    contact_name: str
    contact_phone: str
    licence_number: str
    categories: list[str]
    payout_account: str


@strawberry.type
class SupplierPayload(Payload):
    supplier: Supplier | None = None


@strawberry.input
class SupplierReviewInput:
    supplier_id: strawberry.ID
    approve: bool
    note: str = ""


@strawberry.input
class SupplierStatusSetInput:
    supplier_id: strawberry.ID
    status: SupplierStatusEnum
    note: str = ""


@strawberry.input
class SupplierStaffAddInput:
    supplier_id: strawberry.ID
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)


@strawberry.input
class SupplierStaffRemoveInput(SupplierStaffAddInput):
    pass


@strawberry.input
class SupplierAcceptAgreementInput:
    supplier_id: strawberry.ID
    agreement_version: str


@strawberry.input
class SupplierChangeWithdrawInput:
    change_id: strawberry.ID


@strawberry.input
class SupplierDepositRecordInput:
    supplier_id: strawberry.ID
    amount: int = ranged(PRICE, "the deposit received")
    reference: str = strawberry.field(description="the payment's reference (4–64 characters): recorded once")


@strawberry.type
class SupplierDepositPayload(Payload):
    deposit: Money | None = None


@strawberry.input
class SupplierAdjustInput:
    supplier_id: strawberry.ID
    amount: int = ranged(SIGNED_AMOUNT, "a credit (positive) or debit (negative), minor units")
    reason: str
    idempotency_key: str = strawberry.field(description="8–128 characters; a retry with the same key adjusts once")


@strawberry.type
class SupplierAdjustPayload(Payload):
    amount: Money | None = None


@strawberry.input
class SupplierRateSetInput:
    supplier_id: strawberry.ID
    supply_id: strawberry.ID | None = strawberry.field(default=None, description="leave out: the supplier's rate")
    platform_bps: int | None = ranged(RATE, "the platform's commission (null: fall back)", default=None)


@strawberry.input
class SupplyProposeInput:
    supply_id: strawberry.ID | None = strawberry.field(default=None, description="leave out to propose a new product")
    changes: JSON = strawberry.field(description="fields by name: title, description, price, supply_price, min_price, max_price, status, "
                                                 "category, distributor_bps, resale, collect, rebate, stock (units in or out); for a new "
                                                 "product also sku, form (wholesale | consignment), settle_on_supply")


@strawberry.type
class SupplyProposePayload(Payload):
    changes: list[SupplierChange] = strawberry.field(default_factory=list, description="one waiting for review, one applied at once, or both")


@strawberry.input
class SupplierChangeDecideInput:
    change_id: strawberry.ID
    decision: ChangeStatusEnum = strawberry.field(description="approved, rejected or changes_requested")
    note: str = ""


@strawberry.type
class SupplierChangePayload(Payload):
    change: SupplierChange | None = None


@strawberry.input
class ParcelLineInput:
    line_id: strawberry.ID
    quantity: int = ranged(QUANTITY, "units in this parcel")


@strawberry.input
class SupplierShipInput:
    order_id: strawberry.ID
    carrier: str
    tracking_number: str
    lines: list[ParcelLineInput] | None = strawberry.field(default=None, description="leave out: every unit of yours still to ship")


@strawberry.type
class SupplierShipPayload(Payload):
    shipment_id: strawberry.ID | None = strawberry.field(default=None, description="the parcel (a Shipment of the order)")
    order: SupplierOrder | None = strawberry.field(default=None, description="the order as the supplier sees it (never the core order: "
                                                                              "it holds the other parties' lines)")


@strawberry.input
class PurchaseLineInput:
    product_id: strawberry.ID
    quantity: int = ranged(QUANTITY, "units")
    unit_price: int | None = ranged(PRICE, "agreed unit price (leave out: the supply price)", default=None)


@strawberry.input
class PurchaseOrderCreateInput:
    supplier_id: strawberry.ID
    warehouse_id: strawberry.ID
    lines: list[PurchaseLineInput]
    note: str = ""


@strawberry.type
class PurchaseOrderPayload(Payload):
    purchase_order: PurchaseOrder | None = None


@strawberry.input
class PurchaseOrderAnswerInput:
    purchase_order_id: strawberry.ID
    accept: bool


@strawberry.input
class PurchaseOrderCancelInput:
    purchase_order_id: strawberry.ID


@strawberry.input
class PurchaseShipLineInput:
    line_id: strawberry.ID = strawberry.field(description="a PurchaseLine")
    quantity: int = ranged(Range(1, MAX_QUANTITY, "units"), "units in this parcel")


@strawberry.input
class PurchaseOrderShipInput:
    purchase_order_id: strawberry.ID
    carrier: str
    tracking_number: str
    lines: list[PurchaseShipLineInput] | None = strawberry.field(default=None, description="leave out: every unit still to ship")


@strawberry.input
class PurchaseOrderReceiveInput:
    shipment_id: strawberry.ID = strawberry.field(description="a PurchaseShipment")


@strawberry.type
class PurchaseShipmentPayload(Payload):
    shipment: PurchaseShipment | None = None


@strawberry.input
class SupplierStatementsIssueInput:
    supplier_id: strawberry.ID


@strawberry.type
class SupplierStatementsPayload(Payload):
    statements: list[SupplierStatement] = strawberry.field(default_factory=list)


@strawberry.input
class SupplyOfferSetInput:
    supply_id: strawberry.ID
    mode: ProfitModeEnum
    price: int | None = ranged(PRICE, "your unit price (resale, collect)", default=None)


@strawberry.type
class SupplyOfferPayload(Payload):
    offer: SupplyOffer | None = None


@strawberry.input
class SupplyOfferRemoveInput:
    supply_id: strawberry.ID


def _application(input: Any) -> service.Application:
    return service.Application(code=input.code, company_name=input.company_name, contact_name=input.contact_name,
                               contact_phone=input.contact_phone, licence_number=input.licence_number, categories=list(input.categories),
                               payout_account=input.payout_account, agreement_version=getattr(input, "agreement_version", None))


async def _hiring(info: strawberry.Info, supplier_id: strawberry.ID) -> m.Supplier:
    """The supplier whose staff change: the brand's staff may change any, a supplier's own owner only theirs."""
    supplier = await _scope(info, supplier_id)
    if not info.context.is_staff() and supplier.owner_id != info.context.user.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the supplier's owner or the brand's staff", "supplierId")
    return supplier


async def _supplier(info: strawberry.Info, supplier_id: strawberry.ID) -> m.Supplier:
    return await service.supplier_of(info.context.merchant.id, decode_id(supplier_id, "Supplier", "supplierId"))


async def _supplier_orders(info: strawberry.Info, supplier: m.Supplier, rows: list[m.SupplierLine]) -> list[SupplierOrder]:
    """Orders of these supplier lines, each with only the supplier's lines and parcels: four queries for the page."""
    orders = {o.id: o for o in await Order.filter(id__in={row.order_id for row in rows})}
    lines = {line.id: line for line in await OrderLine.filter(id__in=[row.line_id for row in rows])}
    parcels: dict[int, dict[int, SupplierParcel]] = {}
    for part in await ShipmentLine.filter(line_id__in=list(lines)).select_related("shipment").order_by("shipment_id", "line_id"):
        shipment = part.shipment
        parcel = parcels.setdefault(shipment.order_id, {}).setdefault(shipment.id, SupplierParcel(
            shipment_id=_gid("Shipment", shipment.id), carrier=shipment.carrier, tracking_number=shipment.tracking_number,
            shipped_at=shipment.created_at, units={}))
        parcel.units[encode_id("OrderLine", part.line_id)] = part.quantity
    grouped: dict[int, list[SupplierOrderLine]] = {}
    for row in rows:
        line = lines[row.line_id]
        grouped.setdefault(row.order_id, []).append(SupplierOrderLine(
            line_id=_gid("OrderLine", line.id), sku=line.sku, title=line.title, quantity=line.quantity, shipped=line.shipped_quantity,
            refunded=line.refunded_quantity, paid=_money(info, row.paid), supplier_share=_money(info, row.supplier_share),
            mode=rules.Mode(row.mode)))
    return [SupplierOrder(order_id=_gid("Order", o.id), number=o.number, status=OrderStatus(o.status),
                          paid_at=o.paid_at, ship_name=o.ship_name, ship_phone=o.ship_phone, ship_region_code=o.ship_region_code,
                          ship_address=o.ship_address, ship_postal_code=o.ship_postal_code, lines=grouped[o.id],
                          parcels=list(parcels.get(o.id, {}).values()))
            for o in sorted(orders.values(), key=lambda o: -o.id)]


@strawberry.type
class SupplierQuery:
    @strawberry.field(extensions=[_guard(STAFF)], description="The brand's suppliers, newest first.")
    async def suppliers(self, info: strawberry.Info, status: SupplierStatusEnum | None = None, first: int | None = None,
                        after: str | None = None) -> Connection[Supplier]:
        queryset = m.Supplier.filter(merchant_id=info.context.merchant.id)
        if status is not None:
            queryset = queryset.filter(status=m.SupplierStatus(status.value))
        return await paginate(queryset.order_by("-id"), PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(MEMBER)], description="The supplier you own or work for, or your application (null: none).")
    async def my_supplier(self, info: strawberry.Info) -> Supplier | None:
        ctx = info.context
        mine = await service.employer(ctx.hooks()) or await m.Supplier.get_or_none(merchant_id=ctx.merchant.id, owner_id=ctx.user.id)
        if mine is not None:
            ctx._supplier_id = mine.id
        return mine

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="One supplier: the brand's staff any, a supplier's staff their own.")
    async def supplier(self, info: strawberry.Info, id: strawberry.ID) -> Supplier | None:
        try:
            return await _scope(info, id)
        except DomainError as error:
            if error.code == ErrorCode.NOT_FOUND.name:
                return None
            raise

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="A supplier's products and their terms.")
    async def supply_products(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None, first: int | None = None,
                              after: str | None = None) -> Connection[SupplyProduct]:
        supplier = await _scope(info, supplier_id)
        page = await paginate(m.SupplierProduct.filter(supplier_id=supplier.id).select_related("product").order_by("id"),
                              PageArgs(first=first, after=after), PAGE, MAX_PAGE)
        levels = {level.product_id: level for level in await StockLevel.filter(
            warehouse_id=supplier.warehouse_id, product_id__in=[edge.node.product_id for edge in page.edges])} \
            if supplier.warehouse_id is not None else {}
        for edge in page.edges:  # one query for the page's stock, not one per product
            edge.node._stock = levels.get(edge.node.product_id)
        return page

    @strawberry.field(extensions=[_guard(DISTRIBUTOR)], description="Supplier products distributors may sell, with their bands and modes.")
    async def supply_catalogue(self, info: strawberry.Info, first: int | None = None, after: str | None = None) -> Connection[SupplyProduct]:
        queryset = m.SupplierProduct.filter(Q(resale=True) | Q(collect=True) | Q(rebate=True), merchant_id=info.context.merchant.id,
                                            form=m.SupplyForm.CONSIGNMENT, supplier__status=m.SupplierStatus.ACTIVE,
                                            product__status=ProductStatus.ACTIVE)
        return await paginate(queryset.select_related("product").order_by("id"), PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="Proposals of a supplier and their decisions, newest first.")
    async def supplier_changes(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None, status: ChangeStatusEnum | None = None,
                               first: int | None = None, after: str | None = None) -> Connection[SupplierChange]:
        ctx = info.context
        queryset = m.SupplierChange.filter(merchant_id=ctx.merchant.id)
        if supplier_id is not None or not ctx.is_staff():
            queryset = queryset.filter(supplier_id=(await _scope(info, supplier_id)).id)
        if status is not None:
            queryset = queryset.filter(status=m.SupplierChangeStatus(status.value))
        return await paginate(queryset.order_by("-id"), PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="Orders with lines of the supplier, newest first: its lines and "
                                                                          "the shipping address. toShip: only those with units still to ship.")
    async def supplier_orders(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None, to_ship: bool = False,
                              first: int | None = None) -> list[SupplierOrder]:
        """The newest `first` (20, at most 100) orders; toShip: those with units of the supplier still to ship."""
        supplier = await _scope(info, supplier_id)
        size = PAGE if first is None else first
        if not 1 <= size <= MAX_PAGE:
            raise DomainError(ErrorCode.INVALID, f"between 1 and {MAX_PAGE}", "first")
        waiting = ' JOIN order_line l ON l.id = sl.line_id JOIN "order" o ON o.id = sl.order_id AND o.status = ?' \
                  " WHERE sl.supplier_id = ? AND l.quantity > l.shipped_quantity + l.released_quantity" if to_ship else " WHERE sl.supplier_id = ?"
        order_ids = [row["order_id"] for row in await db.fetch(
            f"SELECT DISTINCT sl.order_id FROM supplier_line sl{waiting} ORDER BY sl.order_id DESC LIMIT ?",
            *([OrderStatus.PAID.value] if to_ship else []), supplier.id, size)]
        rows = await m.SupplierLine.filter(supplier_id=supplier.id, order_id__in=list(order_ids)).order_by("id")
        return await _supplier_orders(info, supplier, rows)

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="A supplier's statements, newest first.")
    async def supplier_statements(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None, first: int | None = None,
                                  after: str | None = None) -> Connection[SupplierStatement]:
        supplier = await _scope(info, supplier_id)
        return await paginate(m.Statement.filter(supplier_id=supplier.id).order_by("-period_start"), PageArgs(first=first, after=after),
                              PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="A supplier's money: its owner's wallet and deposit.")
    async def supplier_balance(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None) -> SupplierBalance:
        supplier = await _scope(info, supplier_id)
        balances = {AccountKind(a.kind): a.balance for a in await Account.filter(merchant_id=info.context.merchant.id, owner_id=supplier.owner_id)}
        return SupplierBalance(
            pending=_money(info, balances.get(AccountKind.PENDING, 0)), frozen=_money(info, balances.get(AccountKind.FROZEN, 0)),
            available=_money(info, balances.get(AccountKind.AVAILABLE, 0)), withdrawing=_money(info, balances.get(AccountKind.WITHDRAWING, 0)),
            debt=_money(info, -balances.get(AccountKind.DEBT, 0)), deposit=_money(info, balances.get(AccountKind.RESERVE, 0)))

    @strawberry.field(extensions=[_guard(SUPPLIER_OR_STAFF)], description="Purchase orders to a wholesale supplier, newest first.")
    async def purchase_orders(self, info: strawberry.Info, supplier_id: strawberry.ID | None = None, status: PurchaseStatusEnum | None = None,
                              first: int | None = None, after: str | None = None) -> Connection[PurchaseOrder]:
        ctx = info.context
        queryset = m.PurchaseOrder.filter(merchant_id=ctx.merchant.id)
        if supplier_id is not None or not ctx.is_staff():
            queryset = queryset.filter(supplier_id=(await _scope(info, supplier_id)).id)
        if status is not None:
            queryset = queryset.filter(status=m.PurchaseStatus(status.value))
        return await paginate(queryset.order_by("-id"), PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(DISTRIBUTOR)], description="Your choices of supplier products to sell.")
    async def my_supply_offers(self, info: strawberry.Info) -> list[SupplyOffer]:
        return await m.DistributorOffer.filter(merchant_id=info.context.merchant.id, distributor_id=info.context.user.id).order_by("id")


@strawberry.type
class SupplierMutation:
    @strawberry.mutation(extensions=[_guard(MEMBER)], description="Apply to supply the brand, accepting the current agreement.")
    async def supplier_apply(self, info: strawberry.Info, input: SupplierApplyInput) -> SupplierPayload:
        supplier = await service.apply(info.context.hooks(), _application(input))
        info.context._supplier_id = supplier.id
        return SupplierPayload(supplier=supplier)

    @strawberry.mutation(extensions=[_guard(STAFF)], description="Invite a member to supply the brand; they accept the agreement, "
                                                                 "then another of the staff reviews it.")
    async def supplier_invite(self, info: strawberry.Info, input: SupplierInviteInput) -> SupplierPayload:
        ctx = info.context
        owner_id = await references.member(ctx, input.owner_id, "ownerId")
        return SupplierPayload(supplier=await service.invite(ctx.hooks(), owner_id, _application(input)))

    @strawberry.mutation(extensions=[_guard(MEMBER)], description="The invited owner accepts the supplier agreement.")
    async def supplier_accept_agreement(self, info: strawberry.Info, input: SupplierAcceptAgreementInput) -> SupplierPayload:
        ctx = info.context
        supplier = await service.accept_agreement(ctx.hooks(), await _supplier(info, input.supplier_id), input.agreement_version)
        ctx._supplier_id = supplier.id
        return SupplierPayload(supplier=supplier)

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Approve or reject a pending supplier (not your own, nor "
                                                                             "one you invited).")
    async def supplier_review(self, info: strawberry.Info, input: SupplierReviewInput) -> SupplierPayload:
        supplier = await _supplier(info, input.supplier_id)
        return SupplierPayload(supplier=await service.review(info.context.hooks(), supplier, input.approve, input.note))

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Suspend, reactivate or terminate a supplier (terminating "
                                                                             "needs no open orders and a settled balance; the deposit goes back).")
    async def supplier_status_set(self, info: strawberry.Info, input: SupplierStatusSetInput) -> SupplierPayload:
        supplier = await _supplier(info, input.supplier_id)
        return SupplierPayload(supplier=await service.set_status(info.context.hooks(), supplier, m.SupplierStatus(input.status.value), input.note))

    @strawberry.mutation(extensions=[_guard(SUPPLIER_OR_STAFF)], description="Add a member to a supplier's staff (the brand's staff, or "
                                                                             "the supplier's owner).")
    async def supplier_staff_add(self, info: strawberry.Info, input: SupplierStaffAddInput) -> SupplierPayload:
        ctx = info.context
        supplier = await _hiring(info, input.supplier_id)
        await service.add_staff(ctx.hooks(), supplier, await references.member(ctx, input.member_id, "memberId"))
        return SupplierPayload(supplier=supplier)

    @strawberry.mutation(extensions=[_guard(SUPPLIER_OR_STAFF)], description="Remove a member from a supplier's staff.")
    async def supplier_staff_remove(self, info: strawberry.Info, input: SupplierStaffRemoveInput) -> SupplierPayload:
        ctx = info.context
        supplier = await _hiring(info, input.supplier_id)
        await service.remove_staff(ctx.hooks(), supplier, await references.member(ctx, input.member_id, "memberId"))
        return SupplierPayload(supplier=supplier)

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Record the supplier's deposit (保证金) received: held, not "
                                                                             "withdrawable, returned on termination. Once per reference.")
    async def supplier_deposit_record(self, info: strawberry.Info, input: SupplierDepositRecordInput) -> SupplierDepositPayload:
        held = await service.record_deposit(info.context.hooks(), await _supplier(info, input.supplier_id), input.amount, input.reference)
        return SupplierDepositPayload(deposit=_money(info, held))

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Credit or debit a supplier (on its next statement).")
    async def supplier_adjust(self, info: strawberry.Info, input: SupplierAdjustInput) -> SupplierAdjustPayload:
        from fenxiao.core.services import idempotency

        key = idempotency.check_key(input.idempotency_key)
        row = await service.adjust(info.context.hooks(), await _supplier(info, input.supplier_id), input.amount, input.reason, key)
        return SupplierAdjustPayload(amount=_money(info, row.amount))

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="The platform's commission on a supplier or one of its products.")
    async def supplier_rate_set(self, info: strawberry.Info, input: SupplierRateSetInput) -> SupplierPayload:
        supplier = await _supplier(info, input.supplier_id)
        supply_id = None if input.supply_id is None else decode_id(input.supply_id, "SupplyProduct", "supplyId")
        await service.set_platform_rate(info.context.hooks(), supplier, supply_id, input.platform_bps)
        await supplier.refresh_from_db()
        return SupplierPayload(supplier=supplier)

    @strawberry.mutation(extensions=[_guard(SUPPLIER)], description="Propose a new product or changes to one of yours; low-risk changes "
                                                                    "(the merchant's list) apply at once, the rest wait for review.")
    async def supply_propose(self, info: strawberry.Info, input: SupplyProposeInput) -> SupplyProposePayload:
        supplier = await _scope(info, None)
        if not isinstance(input.changes, dict):
            raise DomainError(ErrorCode.INVALID, "an object of fields by name", "changes")
        supply_id = None if input.supply_id is None else decode_id(input.supply_id, "SupplyProduct", "supplyId")
        return SupplyProposePayload(changes=await service.propose(info.context.hooks(), supplier, supply_id, dict(input.changes)))

    @strawberry.mutation(extensions=[_guard(SUPPLIER)], description="Withdraw a proposal not yet decided.")
    async def supplier_change_withdraw(self, info: strawberry.Info, input: SupplierChangeWithdrawInput) -> SupplierChangePayload:
        supplier = await _scope(info, None)
        return SupplierChangePayload(change=await service.withdraw_change(info.context.hooks(), supplier,
                                                                          decode_id(input.change_id, "SupplierChange", "changeId")))

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Approve (applied now), reject or ask for changes to a "
                                                                             "supplier's proposal, with a note.")
    async def supplier_change_decide(self, info: strawberry.Info, input: SupplierChangeDecideInput) -> SupplierChangePayload:
        ctx = info.context
        change = await m.SupplierChange.get_or_none(merchant_id=ctx.merchant.id, id=decode_id(input.change_id, "SupplierChange", "changeId"))
        if change is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such change", "changeId")
        return SupplierChangePayload(change=await service.decide(ctx.hooks(), change, m.SupplierChangeStatus(input.decision.value), input.note))

    @strawberry.mutation(extensions=[_guard(SUPPLIER)], description="Ship your lines of an order (all still to ship, or some units): "
                                                                    "a parcel of its own; the buyer sees it on their one order.")
    async def supplier_ship(self, info: strawberry.Info, input: SupplierShipInput) -> SupplierShipPayload:
        supplier = await _scope(info, None)
        parcel = None if input.lines is None else [orders.LineUnits(decode_id(line.line_id, "OrderLine", f"lines.{i}.lineId"), line.quantity)
                                                   for i, line in enumerate(input.lines)]
        shipment = await service.ship(info.context.hooks(), supplier, decode_id(input.order_id, "Order", "orderId"), input.carrier,
                                      input.tracking_number, parcel)
        rows = await m.SupplierLine.filter(supplier_id=supplier.id, order_id=shipment.order_id).order_by("id")
        [order] = await _supplier_orders(info, supplier, rows)
        return SupplierShipPayload(shipment_id=_gid("Shipment", shipment.id), order=order)

    @strawberry.mutation(extensions=[_guard(STAFF)], description="Order goods from a wholesale supplier into one of your warehouses.")
    async def purchase_order_create(self, info: strawberry.Info, input: PurchaseOrderCreateInput) -> PurchaseOrderPayload:
        ctx = info.context
        supplier = await _supplier(info, input.supplier_id)
        wanted = [service.Wanted(decode_id(line.product_id, "Product", f"lines.{i}.productId"), line.quantity, line.unit_price)
                  for i, line in enumerate(input.lines)]
        order = await service.purchase(ctx.hooks(), supplier, decode_id(input.warehouse_id, "Warehouse", "warehouseId"), wanted, input.note)
        return PurchaseOrderPayload(purchase_order=order)

    @strawberry.mutation(extensions=[_guard(SUPPLIER)], description="Confirm or decline a purchase order sent to you.")
    async def purchase_order_answer(self, info: strawberry.Info, input: PurchaseOrderAnswerInput) -> PurchaseOrderPayload:
        ctx = info.context
        supplier = await _scope(info, None)
        order = await service.purchase_of(ctx.merchant.id, decode_id(input.purchase_order_id, "PurchaseOrder", "purchaseOrderId"), supplier)
        return PurchaseOrderPayload(purchase_order=await service.answer_purchase(ctx.hooks(), order, input.accept))

    @strawberry.mutation(extensions=[_guard(STAFF)], description="Cancel a purchase order nothing of which was shipped.")
    async def purchase_order_cancel(self, info: strawberry.Info, input: PurchaseOrderCancelInput) -> PurchaseOrderPayload:
        ctx = info.context
        order = await service.purchase_of(ctx.merchant.id, decode_id(input.purchase_order_id, "PurchaseOrder", "purchaseOrderId"))
        return PurchaseOrderPayload(purchase_order=await service.cancel_purchase(ctx.hooks(), order))

    @strawberry.mutation(extensions=[_guard(SUPPLIER)], description="Ship some or all of what is left of a confirmed purchase order.")
    async def purchase_order_ship(self, info: strawberry.Info, input: PurchaseOrderShipInput) -> PurchaseShipmentPayload:
        ctx = info.context
        supplier = await _scope(info, None)
        order = await service.purchase_of(ctx.merchant.id, decode_id(input.purchase_order_id, "PurchaseOrder", "purchaseOrderId"), supplier)
        parcel = None if input.lines is None else [orders.LineUnits(decode_id(line.line_id, "PurchaseLine", f"lines.{i}.lineId"), line.quantity)
                                                   for i, line in enumerate(input.lines)]
        return PurchaseShipmentPayload(shipment=await service.ship_purchase(ctx.hooks(), order, parcel, input.carrier, input.tracking_number))

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Receive a supplier's parcel into the purchase order's "
                                                                             "warehouse: stock in, and the payable posted.")
    async def purchase_order_receive(self, info: strawberry.Info, input: PurchaseOrderReceiveInput) -> PurchaseShipmentPayload:
        shipment = await service.receive(info.context.hooks(), decode_id(input.shipment_id, "PurchaseShipment", "shipmentId"))
        return PurchaseShipmentPayload(shipment=shipment)

    @strawberry.mutation(extensions=[_guard(STAFF, audit=True)], description="Issue the supplier's statements of every cycle closed so far "
                                                                             "(`fenxiao settle` does it for every supplier).")
    async def supplier_statements_issue(self, info: strawberry.Info, input: SupplierStatementsIssueInput) -> SupplierStatementsPayload:
        ctx = info.context
        supplier = await _supplier(info, input.supplier_id)
        today = utcnow().astimezone(service.zone(ctx.hooks())).date()
        issued = []
        while (statement := await service.issue_statement(ctx.hooks(), supplier, today)) is not None:
            issued.append(statement)
        return SupplierStatementsPayload(statements=issued)

    @strawberry.mutation(extensions=[_guard(DISTRIBUTOR)], description="Sell a supplier product: choose a profit mode the supplier offers, "
                                                                       "and your price (resale within the band; collect at the price you "
                                                                       "collect, below the floor only where allowed).")
    async def supply_offer_set(self, info: strawberry.Info, input: SupplyOfferSetInput) -> SupplyOfferPayload:
        supply_id = decode_id(input.supply_id, "SupplyProduct", "supplyId")
        return SupplyOfferPayload(offer=await service.set_offer(info.context.hooks(), supply_id, rules.Mode(input.mode.value), input.price))

    @strawberry.mutation(extensions=[_guard(DISTRIBUTOR)], description="Stop selling a supplier product.")
    async def supply_offer_remove(self, info: strawberry.Info, input: SupplyOfferRemoveInput) -> SupplyOfferPayload:
        await service.remove_offer(info.context.hooks(), decode_id(input.supply_id, "SupplyProduct", "supplyId"))
        return SupplyOfferPayload(offer=None)


def contribution() -> SchemaContribution:
    read_only = {"create": None, "update": None, "delete": None}
    return SchemaContribution(
        query=SupplierQuery,
        mutation=SupplierMutation,
        types=[Supplier, SupplyProduct, SupplierChange, SupplierStatement, PurchaseOrder],
        admin=[AdminModel(m.SupplierStaff, read=STAFF, **read_only)],
    )
