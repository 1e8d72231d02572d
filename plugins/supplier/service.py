"""Use cases of suppliers: onboarding and review, staff, the catalogue a supplier proposes and the
brand approves, consignment lines routed to the supplier's stock and settled through the ledger,
profit modes with distributors, wholesale purchase orders, statements, deposits, termination.

Money: a supplier's money is its owner's wallet. The supplier's share of a consignment line is a core
commission (kind `supply`) to the owner, so it follows the core's pending → frozen → available
lifecycle, refunds reverse it in proportion (an available share taken back becomes debt, repaid first
from what the supplier earns next) and withdrawals use the core's flow. The terms of every line are
snapshotted at payment (`SupplierLine`); `rules.split` decides the shares. Statements are documents of
what the ledger did in a cycle, plus the deposit covering debt the cycle could not net.

The core owns the order: this module ships only through `orders.ship`, moves stock only through the
core's stock services, and never moves an order from a hook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger
from fenxiao.core.models import (
    Account,
    AccountKind,
    Commission,
    CommissionState,
    Membership,
    MemberRole,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductStatus,
    ShipmentLine,
    StockReason,
    Warehouse,
)
from fenxiao.core.services import orders, stock
from fenxiao.plugins import (
    MAX_AMOUNT,
    PRICE,
    RATE,
    DomainError,
    DomainErrors,
    ErrorCode,
    FulfillmentOption,
    HookContext,
    OrderDraft,
    PriceQuote,
    grant_role,
    refuse_own,
    revoke_role,
    savepoint,
)
from fenxiao.plugins.supplier import rules
from fenxiao.plugins.supplier.config import PROPOSABLE, SupplierConfig
from fenxiao.plugins.supplier.models import (
    SupplierChangeStatus,
    DistributorOffer,
    PurchaseLine,
    PurchaseOrder,
    PurchaseShipment,
    PurchaseStatus,
    Statement,
    StatementLine,
    Supplier,
    SupplierAdjustment,
    SupplierChange,
    SupplierLine,
    SupplierProduct,
    SupplierStaff,
    SupplierStatus,
    SupplyForm,
)

NAME = "supplier"
ROLE = "supplier"
SHARE = "supply"  # the kind of the commission that is a supplier's share of a line
DISTRIBUTOR_ROLES = ("distributor", "reseller", "agent", "supplier")
OPEN_ORDER = (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.READY_FOR_PICKUP)
LICENCE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")  # 统一社会信用代码: 18 characters
CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,31}$")
PHONE = re.compile(r"^\+?[0-9 -]{5,20}$")
MAX_LINES = 100


def config(ctx: HookContext) -> SupplierConfig:
    return ctx.config(NAME)


def zone(ctx: HookContext) -> ZoneInfo:
    """The time zone statement cycles are counted in."""
    return ZoneInfo(config(ctx).time_zone)


# --- who acts ---


async def supplier_of(merchant_id: int, supplier_id: int, field: str = "supplierId") -> Supplier:
    supplier = await Supplier.get_or_none(merchant_id=merchant_id, id=supplier_id)
    if supplier is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such supplier", field)
    return supplier


async def employer(ctx: HookContext) -> Supplier | None:
    """The supplier the acting member works for, if any."""
    job = await SupplierStaff.get_or_none(merchant_id=ctx.merchant.id, user_id=ctx.user.id, active=True)
    return None if job is None else await Supplier.get(id=job.supplier_id)


async def acting_for(ctx: HookContext, supplier_id: int | None, staff: bool, field: str = "supplierId") -> Supplier:
    """The supplier a back-office call is about: the brand's staff name one; a supplier's staff act for
    their own, and naming another supplier is answered as if it did not exist."""
    if staff and supplier_id is not None:
        return await supplier_of(ctx.merchant.id, supplier_id, field)
    mine = await employer(ctx)
    if mine is None:
        if staff:
            raise DomainError(ErrorCode.REQUIRED, "name the supplier", field)
        raise DomainError("SUPPLIER_NOT_STAFF", "only a supplier's staff may do this")
    if supplier_id is not None and supplier_id != mine.id:
        raise DomainError(ErrorCode.NOT_FOUND, "no such supplier", field)
    return mine


async def refuse_insider(ctx: HookContext, supplier: Supplier, what: str, field: str = "supplierId") -> None:
    """The brand's side of a supplier is never decided by its owner or its staff, whatever roles they hold."""
    refuse_own(ctx.user.id, supplier.owner_id, what, field)
    if await SupplierStaff.filter(supplier_id=supplier.id, user_id=ctx.user.id, active=True).exists():
        raise DomainError(ErrorCode.OWN_REQUEST, f"you work for this supplier: you cannot {what} yourself; another member of the staff must", field)


# --- onboarding ---


@dataclass
class Application:
    code: str
    company_name: str
    contact_name: str
    contact_phone: str
    licence_number: str
    categories: list[str]
    payout_account: str
    agreement_version: str | None = None


def _checked(data: Application, cfg: SupplierConfig, accepting: bool) -> dict[str, Any]:
    errors = []
    values = dict(code=data.code.strip().lower(), company_name=data.company_name.strip(), contact_name=data.contact_name.strip(),
                  contact_phone=data.contact_phone.strip(), licence_number=data.licence_number.strip().upper(),
                  categories=sorted({c.strip() for c in data.categories if c.strip()}), payout_account=data.payout_account.strip())
    if not CODE.match(values["code"]):
        errors.append(DomainError(ErrorCode.INVALID, "2 to 32 lower-case letters, digits or dashes", "code"))
    for name, field, high in (("company_name", "companyName", 100), ("contact_name", "contactName", 50)):
        if not 1 <= len(values[name]) <= high:
            errors.append(DomainError(ErrorCode.INVALID, f"1 to {high} characters", field))
    if not PHONE.match(values["contact_phone"]):
        errors.append(DomainError(ErrorCode.INVALID, "a phone number", "contactPhone"))
    if not LICENCE.match(values["licence_number"]):
        errors.append(DomainError(ErrorCode.INVALID, "an 18-character unified social credit code (统一社会信用代码)", "licenceNumber"))
    if not 1 <= len(values["categories"]) <= 20 or any(len(c) > 50 for c in values["categories"]):
        errors.append(DomainError(ErrorCode.INVALID, "1 to 20 categories of at most 50 characters", "categories"))
    if not 4 <= len(values["payout_account"]) <= 64:
        errors.append(DomainError(ErrorCode.INVALID, "4 to 64 characters", "payoutAccount"))
    if accepting and data.agreement_version != cfg.agreement_version:
        errors.append(DomainError("SUPPLIER_AGREEMENT_OUTDATED", f"accept the current agreement, version {cfg.agreement_version}",
                                  "agreementVersion"))
    DomainErrors.raise_if_any(errors)
    return values


async def _new_supplier(ctx: HookContext, owner_id: int, values: dict[str, Any], **more: Any) -> Supplier:
    if await Supplier.filter(merchant_id=ctx.merchant.id, owner_id=owner_id).exists() or \
            await SupplierStaff.filter(merchant_id=ctx.merchant.id, user_id=owner_id, active=True).exists():
        raise DomainError("SUPPLIER_EXISTS", "this member already has or works for a supplier", "ownerId")
    if await Supplier.filter(merchant_id=ctx.merchant.id, code=values["code"]).exists():
        raise DomainError(ErrorCode.INVALID, "another supplier has this code", "code")
    try:
        async with savepoint():
            return await Supplier.create(merchant_id=ctx.merchant.id, owner_id=owner_id, **values, **more)
    except IntegrityError:
        raise DomainError("SUPPLIER_EXISTS", "this member already has a supplier, or the code is taken", "code") from None


async def apply(ctx: HookContext, data: Application) -> Supplier:
    """A member applies to supply the brand, accepting the current agreement."""
    values = _checked(data, config(ctx), accepting=True)
    return await _new_supplier(ctx, ctx.user.id, values, agreement_version=data.agreement_version, agreement_accepted_at=utcnow())


async def invite(ctx: HookContext, owner_id: int, data: Application) -> Supplier:
    """The brand invites a member to supply it; the member accepts the agreement, then another of the
    brand's staff reviews it like an application."""
    if not await Membership.exists(merchant_id=ctx.merchant.id, user_id=owner_id, is_active=True):
        raise DomainError(ErrorCode.NOT_FOUND, "not a member of this merchant", "ownerId")
    values = _checked(data, config(ctx), accepting=False)
    return await _new_supplier(ctx, owner_id, values, invited_by_id=ctx.user.id)


async def accept_agreement(ctx: HookContext, supplier: Supplier, version: str) -> Supplier:
    if supplier.owner_id != ctx.user.id:
        raise DomainError(ErrorCode.NOT_FOUND, "no such supplier", "supplierId")
    if version != config(ctx).agreement_version:
        raise DomainError("SUPPLIER_AGREEMENT_OUTDATED", f"accept the current agreement, version {config(ctx).agreement_version}", "agreementVersion")
    await Supplier.filter(id=supplier.id).update(agreement_version=version, agreement_accepted_at=utcnow())
    await supplier.refresh_from_db()
    return supplier


async def deposit_held(merchant_id: int, supplier: Supplier) -> int:
    account = await Account.get_or_none(merchant_id=merchant_id, owner_id=supplier.owner_id, kind=AccountKind.RESERVE)
    return 0 if account is None else account.balance


async def review(ctx: HookContext, supplier: Supplier, approve: bool, note: str) -> Supplier:
    """Approve (the supplier becomes active: its staff role, its consignment warehouse) or reject an application."""
    await refuse_insider(ctx, supplier, "review a supplier of", "supplierId")
    if supplier.invited_by_id is not None:
        refuse_own(ctx.user.id, supplier.invited_by_id, "review the invitation you sent", "supplierId")
    if len(note) > 300:
        raise DomainError(ErrorCode.INVALID, "at most 300 characters", "note")
    if approve:
        if supplier.agreement_accepted_at is None:
            raise DomainError("SUPPLIER_AGREEMENT_PENDING", "the supplier has not accepted the agreement yet", "supplierId")
        due = config(ctx).deposit
        if due and await deposit_held(ctx.merchant.id, supplier) < due:
            raise DomainError("SUPPLIER_DEPOSIT_DUE", f"record the deposit of {due} first (supplierDepositRecord)", "supplierId")
    status = SupplierStatus.ACTIVE if approve else SupplierStatus.REJECTED
    changed = await Supplier.filter(id=supplier.id, status=SupplierStatus.PENDING).update(
        status=status, note=note.strip(), reviewed_by_id=ctx.user.id, reviewed_at=utcnow())
    if not changed:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "only a pending supplier is reviewed", "supplierId")
    if approve:
        code = f"supplier-{supplier.code}"[:32]
        if await Warehouse.exists(merchant_id=ctx.merchant.id, code=code):  # the brand named one of its own so
            code = f"supplier{supplier.id}-{supplier.code}"[:32]
        warehouse = await Warehouse.create(merchant_id=ctx.merchant.id, code=code, name=supplier.company_name[:100], general=False)
        await Supplier.filter(id=supplier.id).update(warehouse_id=warehouse.id)
        await _hire(ctx, supplier, supplier.owner_id)
    await supplier.refresh_from_db()
    return supplier


async def set_status(ctx: HookContext, supplier: Supplier, status: SupplierStatus, note: str) -> Supplier:
    """active ↔ suspended; → terminated once nothing is open and the balance is settled (the deposit goes back)."""
    allowed = {SupplierStatus.ACTIVE: (SupplierStatus.SUSPENDED,), SupplierStatus.SUSPENDED: (SupplierStatus.ACTIVE,)}
    current = SupplierStatus(supplier.status)
    if status == SupplierStatus.TERMINATED:
        if current not in (SupplierStatus.ACTIVE, SupplierStatus.SUSPENDED):
            raise DomainError(ErrorCode.INVALID_TRANSITION, f"a {current.value} supplier is not terminated", "status")
        await _require_settled(ctx, supplier)
    elif current not in allowed or status not in allowed[current]:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"a {current.value} supplier does not become {status.value}", "status")
    await refuse_insider(ctx, supplier, "change the status of a supplier of", "supplierId")
    changed = await Supplier.filter(id=supplier.id, status=current).update(status=status, note=note.strip()[:300])
    if not changed:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the supplier changed meanwhile; try again", "supplierId")
    if status == SupplierStatus.TERMINATED:
        await ledger.reserve_returned(ctx.merchant.id, supplier.owner_id, f"supplier:{supplier.id}:deposit:returned", "deposit returned on termination")
        if supplier.warehouse_id is not None:
            await Warehouse.filter(id=supplier.warehouse_id).update(is_active=False)
        consigned = await SupplierProduct.filter(supplier_id=supplier.id, form=SupplyForm.CONSIGNMENT).values_list("product_id", flat=True)
        await Product.filter(merchant_id=ctx.merchant.id, id__in=list(consigned)).update(status=ProductStatus.ARCHIVED)
        for job in await SupplierStaff.filter(supplier_id=supplier.id, active=True):
            await _fire(ctx, job.user_id)
    await supplier.refresh_from_db()
    return supplier


async def _require_settled(ctx: HookContext, supplier: Supplier) -> None:
    products = SupplierProduct.filter(supplier_id=supplier.id).values_list("product_id", flat=True)
    open_lines = await OrderLine.filter(merchant_id=ctx.merchant.id, product_id__in=await products,
                                        order__status__in=list(OPEN_ORDER)).exists()
    open_purchases = await PurchaseOrder.filter(supplier_id=supplier.id, status__in=[PurchaseStatus.SENT, PurchaseStatus.CONFIRMED,
                                                                                      PurchaseStatus.SHIPPED]).exists()
    if open_lines or open_purchases:
        raise DomainError("SUPPLIER_OPEN_ORDERS", "the supplier has orders or purchase orders still open", "status")
    unsettled = await Commission.filter(merchant_id=ctx.merchant.id, source=NAME, kind=SHARE, beneficiary_id=supplier.owner_id,
                                        state__in=[CommissionState.PENDING, CommissionState.FROZEN]).exists()
    debt = await Account.get_or_none(merchant_id=ctx.merchant.id, owner_id=supplier.owner_id, kind=AccountKind.DEBT)
    unstated = await _unstated(ctx, supplier, None)
    if unsettled or (debt is not None and debt.balance != 0) or unstated:
        raise DomainError("SUPPLIER_UNSETTLED", "the supplier's balance is not settled: shares still frozen, debt, or items not yet on a statement",
                          "status")


# --- staff ---


async def _hire(ctx: HookContext, supplier: Supplier, user_id: int) -> SupplierStaff:
    job = await SupplierStaff.get_or_none(merchant_id=ctx.merchant.id, user_id=user_id)
    if job is not None and job.supplier_id != supplier.id and job.active:
        raise DomainError("SUPPLIER_EXISTS", "this member works for another supplier", "memberId")
    if job is None:
        job = await SupplierStaff.create(merchant_id=ctx.merchant.id, supplier_id=supplier.id, user_id=user_id)
    elif not job.active or job.supplier_id != supplier.id:
        await SupplierStaff.filter(id=job.id).update(active=True, supplier_id=supplier.id)
        job.active, job.supplier_id = True, supplier.id
    await grant_role(ctx.merchant.id, user_id, ROLE)
    return job


async def _fire(ctx: HookContext, user_id: int) -> None:
    await SupplierStaff.filter(merchant_id=ctx.merchant.id, user_id=user_id).update(active=False)
    await revoke_role(ctx.merchant.id, user_id, ROLE)


async def add_staff(ctx: HookContext, supplier: Supplier, user_id: int) -> SupplierStaff:
    if SupplierStatus(supplier.status) not in (SupplierStatus.ACTIVE, SupplierStatus.SUSPENDED):
        raise DomainError(ErrorCode.INVALID_TRANSITION, "only an active or suspended supplier has staff", "supplierId")
    if not await Membership.exists(merchant_id=ctx.merchant.id, user_id=user_id, is_active=True):
        raise DomainError(ErrorCode.NOT_FOUND, "not a member of this merchant", "memberId")
    if await Supplier.filter(merchant_id=ctx.merchant.id, owner_id=user_id).exclude(id=supplier.id).exists():
        raise DomainError("SUPPLIER_EXISTS", "this member owns another supplier", "memberId")
    return await _hire(ctx, supplier, user_id)


async def remove_staff(ctx: HookContext, supplier: Supplier, user_id: int) -> None:
    if user_id == supplier.owner_id:
        raise DomainError(ErrorCode.INVALID, "the owner stays on the supplier's staff", "memberId")
    if not await SupplierStaff.filter(supplier_id=supplier.id, user_id=user_id, active=True).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "not on this supplier's staff", "memberId")
    await _fire(ctx, user_id)


# --- catalogue ---

PRODUCT_FIELDS = ("title", "description", "price", "status")
TERMS_FIELDS = ("supply_price", "min_price", "max_price", "category", "distributor_bps", "resale", "collect", "rebate")
NEW_ONLY = ("sku", "form", "settle_on_supply")
MONEY = ("price", "supply_price", "min_price", "max_price")
FLAGS = ("resale", "collect", "rebate", "settle_on_supply")
STOCK_DELTA = range(-1_000_000, 1_000_001)


def _field_name(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _check_fields(proposed: dict[str, Any], new: bool) -> list[DomainError]:
    errors = []
    known = set(PROPOSABLE) | (set(NEW_ONLY) if new else set())
    for name, value in proposed.items():
        field = f"changes.{_field_name(name)}"
        if name not in known:
            errors.append(DomainError(ErrorCode.INVALID, "not a field a supplier proposes" + (" for a new product" if name in NEW_ONLY else ""),
                                      field))
        elif name in MONEY and (not isinstance(value, int) or isinstance(value, bool) or value not in PRICE):
            errors.append(DomainError(ErrorCode.INVALID, f"a price in minor units, {PRICE.describe()}", field))
        elif name == "distributor_bps" and (not isinstance(value, int) or isinstance(value, bool) or value not in RATE):
            errors.append(DomainError(ErrorCode.INVALID, f"basis points, {RATE.describe()}", field))
        elif name in FLAGS and not isinstance(value, bool):
            errors.append(DomainError(ErrorCode.INVALID, "true or false", field))
        elif name == "stock" and (not isinstance(value, int) or isinstance(value, bool) or value not in STOCK_DELTA or value == 0):
            errors.append(DomainError(ErrorCode.INVALID, "units received (positive) or written off (negative), not zero, at most a million", field))
        elif name == "status" and value not in (ProductStatus.ACTIVE.value, ProductStatus.ARCHIVED.value):
            errors.append(DomainError(ErrorCode.INVALID, "active or archived", field))
        elif name == "form" and value not in (SupplyForm.WHOLESALE.value, SupplyForm.CONSIGNMENT.value):
            errors.append(DomainError(ErrorCode.INVALID, "wholesale or consignment", field))
        elif name in ("title", "sku", "category", "description") and not isinstance(value, str):
            errors.append(DomainError(ErrorCode.INVALID, "text", field))
        elif name == "title" and not 1 <= len(value.strip()) <= 200:
            errors.append(DomainError(ErrorCode.INVALID, "1 to 200 characters", field))
        elif name == "sku" and not 1 <= len(value.strip()) <= 64:
            errors.append(DomainError(ErrorCode.INVALID, "1 to 64 characters", field))
        elif name == "category" and len(value.strip()) > 50:
            errors.append(DomainError(ErrorCode.INVALID, "at most 50 characters", field))
        elif name == "description" and len(value) > 5000:
            errors.append(DomainError(ErrorCode.INVALID, "at most 5000 characters", field))
    if new:
        for name in ("sku", "title", "price", "supply_price", "form"):
            if name not in proposed:
                errors.append(DomainError(ErrorCode.REQUIRED, "a new product needs it", f"changes.{_field_name(name)}"))
        if "stock" in proposed:
            errors.append(DomainError(ErrorCode.INVALID, "stock is received once the product is approved", "changes.stock"))
    return errors


def _band_errors(prices: dict[str, int]) -> list[DomainError]:
    """supply price ≤ floor ≤ retail price ≤ ceiling."""
    supply, floor, price, ceiling = prices["supply_price"], prices["min_price"], prices["price"], prices["max_price"]
    if supply <= floor <= price <= ceiling:
        return []
    return [DomainError("SUPPLIER_PRICE_BAND", f"prices must keep supply ({supply}) ≤ lowest ({floor}) ≤ retail ({price}) ≤ highest ({ceiling})",
                        "changes")]


async def _current(supply: SupplierProduct) -> dict[str, Any]:
    product = await Product.get(id=supply.product_id)
    return {"title": product.title, "description": product.description, "price": product.price, "status": product.status.value
            if hasattr(product.status, "value") else product.status, "supply_price": supply.supply_price, "min_price": supply.min_price,
            "max_price": supply.max_price, "category": supply.category, "distributor_bps": supply.distributor_bps, "resale": supply.resale,
            "collect": supply.collect, "rebate": supply.rebate}


def _after(current: dict[str, Any], proposed: dict[str, Any]) -> dict[str, int]:
    merged = {**current, **{k: v for k, v in proposed.items() if k in MONEY}}
    merged.setdefault("min_price", merged.get("price"))
    merged.setdefault("max_price", merged.get("price"))
    return {name: merged[name] for name in MONEY}


async def propose(ctx: HookContext, supplier: Supplier, supply_id: int | None, proposed: dict[str, Any]) -> list[SupplierChange]:
    """A supplier proposes a new product or changes to one of its products. Changes the merchant lists
    as low-risk are applied at once (and recorded); the rest wait for review. Returns the records made."""
    if SupplierStatus(supplier.status) != SupplierStatus.ACTIVE:
        raise DomainError("SUPPLIER_INACTIVE", "only an active supplier proposes products", "supplierId")
    if not proposed:
        raise DomainError(ErrorCode.REQUIRED, "propose at least one field", "changes")
    proposed = {k: (v.strip() if isinstance(v, str) and k != "description" else v) for k, v in proposed.items()}
    new = supply_id is None
    DomainErrors.raise_if_any(_check_fields(proposed, new))
    if new:
        proposed.setdefault("min_price", proposed["price"])
        proposed.setdefault("max_price", proposed["price"])
        DomainErrors.raise_if_any(_band_errors(_after({}, proposed)))
        if await Product.filter(merchant_id=ctx.merchant.id, sku=proposed["sku"]).exists():
            raise DomainError(ErrorCode.INVALID, "another product has this SKU", "changes.sku")
        return [await SupplierChange.create(merchant_id=ctx.merchant.id, supplier_id=supplier.id, proposed=proposed, proposed_by_id=ctx.user.id)]
    supply = await SupplierProduct.get_or_none(merchant_id=ctx.merchant.id, id=supply_id, supplier_id=supplier.id)
    if supply is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such product of this supplier", "supplyId")
    current = await _current(supply)
    DomainErrors.raise_if_any(_band_errors(_after(current, proposed)))
    if "stock" in proposed and supply.form != SupplyForm.CONSIGNMENT:
        raise DomainError(ErrorCode.INVALID, "the brand holds the stock of a wholesale product", "changes.stock")
    low_risk = set(config(ctx).low_risk)
    now_part = {k: v for k, v in proposed.items() if k in low_risk}
    review_part = {k: v for k, v in proposed.items() if k not in low_risk}
    made = []
    if review_part:
        if await SupplierChange.filter(supply_id=supply.id, status=SupplierChangeStatus.PENDING).exists():
            raise DomainError("SUPPLIER_CHANGE_PENDING", "a change of this product is waiting for review: withdraw it or wait", "supplyId")
        made.append(await SupplierChange.create(merchant_id=ctx.merchant.id, supplier_id=supplier.id, supply_id=supply.id,
                                                proposed=review_part, proposed_by_id=ctx.user.id))
    if now_part:
        before = await _apply(ctx, supplier, supply, now_part)
        made.append(await SupplierChange.create(merchant_id=ctx.merchant.id, supplier_id=supplier.id, supply_id=supply.id, proposed=now_part,
                                                before=before, status=SupplierChangeStatus.APPLIED, proposed_by_id=ctx.user.id, decided_at=utcnow()))
    return made


async def _apply(ctx: HookContext, supplier: Supplier, supply: SupplierProduct, proposed: dict[str, Any]) -> dict[str, Any]:
    """Apply fields to the product and its terms; returns what they were."""
    current = await _current(supply)
    DomainErrors.raise_if_any(_band_errors(_after(current, proposed)))
    before = {k: current[k] for k in proposed if k in current}
    product_values = {k: v for k, v in proposed.items() if k in PRODUCT_FIELDS}
    terms_values = {k: v for k, v in proposed.items() if k in TERMS_FIELDS}
    if product_values:
        await Product.filter(id=supply.product_id).update(**product_values)
    if terms_values:
        await SupplierProduct.filter(id=supply.id).update(**terms_values)
    if "stock" in proposed:
        await stock.adjust(ctx.merchant.id, supply.product_id, supplier.warehouse_id, proposed["stock"],
                           StockReason.RECEIPT if proposed["stock"] > 0 else StockReason.ADJUSTMENT, ctx.user.id, "supplier stock")
    return before


async def decide(ctx: HookContext, change: SupplierChange, decision: SupplierChangeStatus, note: str) -> SupplierChange:
    """The brand approves (applied now), rejects, or asks for changes to a proposal, with a note."""
    if decision not in (SupplierChangeStatus.APPROVED, SupplierChangeStatus.REJECTED, SupplierChangeStatus.CHANGES_REQUESTED):
        raise DomainError(ErrorCode.INVALID, "approved, rejected or changes_requested", "decision")
    supplier = await Supplier.get(id=change.supplier_id)
    refuse_own(ctx.user.id, change.proposed_by_id, "review a change proposed by", "changeId")
    await refuse_insider(ctx, supplier, "review a change of a supplier of", "changeId")
    if decision != SupplierChangeStatus.APPROVED and not note.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why", "note")
    if len(note) > 300:
        raise DomainError(ErrorCode.INVALID, "at most 300 characters", "note")
    if SupplierChangeStatus(change.status) != SupplierChangeStatus.PENDING:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"the change is {SupplierChangeStatus(change.status).value}", "changeId")
    before: dict[str, Any] = {}
    supply_id = change.supply_id
    if decision == SupplierChangeStatus.APPROVED:
        if SupplierStatus(supplier.status) != SupplierStatus.ACTIVE:
            raise DomainError("SUPPLIER_INACTIVE", "the supplier is not active", "changeId")
        if supply_id is None:
            supply_id = (await _create_product(ctx, supplier, change.proposed)).id
        else:
            before = await _apply(ctx, supplier, await SupplierProduct.get(id=supply_id), change.proposed)
    changed = await SupplierChange.filter(id=change.id, status=SupplierChangeStatus.PENDING).update(
        status=decision, note=note.strip(), reviewed_by_id=ctx.user.id, decided_at=utcnow(), before=before, supply_id=supply_id)
    if not changed:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the change was decided meanwhile", "changeId")
    await change.refresh_from_db()
    return change


async def _create_product(ctx: HookContext, supplier: Supplier, proposed: dict[str, Any]) -> SupplierProduct:
    if await Product.filter(merchant_id=ctx.merchant.id, sku=proposed["sku"]).exists():
        raise DomainError(ErrorCode.INVALID, "another product has this SKU now", "changeId")
    product = await Product.create(merchant_id=ctx.merchant.id, sku=proposed["sku"], title=proposed["title"],
                                   description=proposed.get("description", ""), price=proposed["price"],
                                   status=ProductStatus(proposed.get("status", ProductStatus.ACTIVE.value)))
    return await SupplierProduct.create(
        merchant_id=ctx.merchant.id, supplier_id=supplier.id, product_id=product.id, form=SupplyForm(proposed["form"]),
        category=proposed.get("category", ""), supply_price=proposed["supply_price"], min_price=proposed["min_price"],
        max_price=proposed["max_price"], settle_on_supply=proposed.get("settle_on_supply", False),
        distributor_bps=proposed.get("distributor_bps", 0), resale=proposed.get("resale", False), collect=proposed.get("collect", False),
        rebate=proposed.get("rebate", False))


async def withdraw_change(ctx: HookContext, supplier: Supplier, change_id: int) -> SupplierChange:
    changed = await SupplierChange.filter(merchant_id=ctx.merchant.id, id=change_id, supplier_id=supplier.id,
                                          status__in=[SupplierChangeStatus.PENDING, SupplierChangeStatus.CHANGES_REQUESTED]).update(status=SupplierChangeStatus.WITHDRAWN)
    if not changed:
        raise DomainError(ErrorCode.NOT_FOUND, "no pending change of this supplier", "changeId")
    return await SupplierChange.get(id=change_id)


async def set_platform_rate(ctx: HookContext, supplier: Supplier, supply_id: int | None, rate: int | None) -> None:
    """The brand sets its commission on a supplier, or on one of its products (None: fall back)."""
    await refuse_insider(ctx, supplier, "set the rate of a supplier of", "supplierId")
    if rate is not None and rate not in RATE:
        raise DomainError(ErrorCode.INVALID, RATE.describe(), "platformBps")
    if supply_id is None:
        await Supplier.filter(id=supplier.id).update(platform_bps=rate)
        return
    if not await SupplierProduct.filter(id=supply_id, supplier_id=supplier.id).update(platform_bps=rate):
        raise DomainError(ErrorCode.NOT_FOUND, "no such product of this supplier", "supplyId")


# --- checkout: prices, routing, validation ---


async def _supplies(merchant_id: int, product_ids: list[int]) -> dict[int, SupplierProduct]:
    """The consignment products among these, with their suppliers: the lines a supplier is paid for (a
    wholesale product is the brand's own — the supplier was paid when the brand received it)."""
    rows = await SupplierProduct.filter(merchant_id=merchant_id, product_id__in=product_ids, form=SupplyForm.CONSIGNMENT).select_related("supplier")
    return {row.product_id: row for row in rows}


async def buyer_price(ctx: HookContext, draft: OrderDraft, product: Product) -> PriceQuote | None:
    """A buyer who buys through a distributor with its own price for a supplier product pays that price."""
    if draft.seller is None or draft.seller.id == draft.buyer.id:
        return None
    offer = await DistributorOffer.get_or_none(merchant_id=ctx.merchant.id, distributor_id=draft.seller.id, supply__product_id=product.id,
                                               supply__form=SupplyForm.CONSIGNMENT)
    if offer is None or offer.price is None:
        return None
    return PriceQuote(unit_price=offer.price, label=f"{offer.mode} price of the seller")


async def route_lines(ctx: HookContext, draft: OrderDraft, option: FulfillmentOption) -> dict[int, tuple[int, ...]]:
    """A consignment product ships only from its supplier's warehouse."""
    supplies = await _supplies(ctx.merchant.id, [line.product.id for line in draft.lines])
    return {product_id: (supply.supplier.warehouse_id,) for product_id, supply in supplies.items() if supply.supplier.warehouse_id is not None}


async def validate(ctx: HookContext, draft: OrderDraft) -> list[DomainError]:
    supplies = await _supplies(ctx.merchant.id, [line.product.id for line in draft.lines])
    errors = []
    for line in draft.lines:
        supply = supplies.get(line.product.id)
        if supply is None:
            continue
        if draft.fulfillment_method != orders.DELIVERY:
            errors.append(DomainError("SUPPLIER_SHIPS_ONLY", "the supplier ships this product itself: choose delivery",
                                      f"lines.{line.index}.productId"))
        elif SupplierStatus(supply.supplier.status) != SupplierStatus.ACTIVE:
            errors.append(DomainError("SUPPLIER_INACTIVE", "this product's supplier is not selling now", f"lines.{line.index}.productId"))
        elif line.unit_price < supply.min_price and not config(ctx).below_floor_allowed and draft.seller is not None:
            errors.append(DomainError("SUPPLIER_PRICE_BAND", "below the supplier's lowest price", f"lines.{line.index}.productId"))
    return errors


async def placed(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    """Nobody earns commission on their own supply: the supplier's owner and staff are paid nothing on its lines."""
    supplies = await _supplies(ctx.merchant.id, [line.product_id for line in lines])
    if not supplies:
        return
    staff: dict[int, list[int]] = {}
    for row in await SupplierStaff.filter(merchant_id=ctx.merchant.id, supplier_id__in={s.supplier_id for s in supplies.values()}, active=True):
        staff.setdefault(row.supplier_id, []).append(row.user_id)
    for line in lines:
        supply = supplies.get(line.product_id)
        if supply is not None:
            ledger.not_paid_on(order, line.id, [supply.supplier.owner_id, *staff.get(supply.supplier_id, [])], NAME)


def platform_rate(cfg: SupplierConfig, supply: SupplierProduct) -> int:
    """The platform's commission: the product's, else its category's, else the supplier's, else the merchant's."""
    return rules.most_specific(supply.platform_bps, cfg.category_bps.get(supply.category), supply.supplier.platform_bps,
                               default=cfg.platform_bps)


def _mode(order: Order, supply: SupplierProduct, own: set[int], offers: dict[int, DistributorOffer]) -> tuple[rules.Mode, int | None]:
    """How the line was sold: through the seller's offer for the product (a mode the supplier still offers), else by the mall."""
    seller = order.seller_id
    offer = offers.get(supply.id)
    if seller is None or seller == order.buyer_id or seller in own or offer is None or not getattr(supply, offer.mode, False):
        return rules.Mode.DIRECT, None
    return rules.Mode(offer.mode), seller


async def paid(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    """At payment: each supplier line's terms are snapshotted and each party's share posted — the supplier's
    and a distributor's as commissions (pending → frozen → available with the order), a distributor's
    shortfall below the floor as a charge."""
    supplies = await _supplies(ctx.merchant.id, [line.product_id for line in lines])
    if not supplies:
        return
    cfg = config(ctx)
    not_paid = (order.attribution or {}).get(ledger.NOT_PAID, {})
    offers = {} if order.seller_id is None else {offer.supply_id: offer for offer in await DistributorOffer.filter(
        distributor_id=order.seller_id, supply_id__in=[supply.id for supply in supplies.values()])}
    for line in sorted(lines, key=lambda line: line.id):
        supply = supplies.get(line.product_id)
        if supply is None:
            continue
        own = {int(member) for member in not_paid.get(str(line.id), {})} | {supply.supplier.owner_id}
        mode, distributor = _mode(order, supply, own, offers)
        terms = rules.Terms(
            mode=mode, supply=supply.supply_price * line.quantity, floor=supply.min_price * line.quantity,
            ceiling=supply.max_price * line.quantity, platform_bps=platform_rate(cfg, supply),
            distributor_bps=supply.distributor_bps if mode in (rules.Mode.COLLECT, rules.Mode.REBATE) else 0,
            settle_on=rules.SettleOn.SUPPLY if supply.settle_on_supply else rules.SettleOn.SALE, below_floor_allowed=cfg.below_floor_allowed)
        try:
            share = rules.split(terms, line.total)
        except (rules.OutOfBand, rules.BelowFloor):  # a discount took the line out of the band: the mall sold it
            terms = rules.Terms(mode=rules.Mode.DIRECT, supply=terms.supply, floor=terms.floor, ceiling=terms.ceiling,
                                platform_bps=terms.platform_bps, settle_on=terms.settle_on)
            share, distributor = rules.split(terms, line.total), None
        row = await SupplierLine.create(
            merchant_id=order.merchant_id, order_id=order.id, line_id=line.id, supplier_id=supply.supplier_id, mode=terms.mode.value,
            distributor_id=distributor, paid=share.paid, supply=terms.supply, floor=terms.floor, ceiling=terms.ceiling,
            platform_bps=terms.platform_bps, distributor_bps=terms.distributor_bps, settle_on_supply=supply.settle_on_supply,
            below_floor_allowed=terms.below_floor_allowed, supplier_share=share.supplier, platform_share=share.platform,
            distributor_share=share.distributor)
        await ledger.accrue_commission(order, supply.supplier.owner_id, share.supplier, source=NAME, kind=SHARE, line=line,
                                       base=terms.supply if supply.settle_on_supply else line.total, rate_bps=terms.platform_bps,
                                       key=f"{NAME}:{SHARE}:{line.id}")
        if distributor is not None and share.distributor > 0:
            await ledger.accrue_commission(order, distributor, share.distributor, source=NAME, kind=terms.mode.value, line=line,
                                           base=line.total, rate_bps=terms.distributor_bps or None, key=f"{NAME}:{terms.mode.value}:{line.id}")
        elif distributor is not None and share.distributor < 0:
            await ledger.charge(order.merchant_id, distributor, -share.distributor, f"{NAME}:shortfall:{row.id}",
                                f"sold below the supplier's floor on order {order.number}", order.id)


async def refunded(ctx: HookContext, order: Order) -> None:
    """Refunds reverse every party under the line's snapshot: the core takes back the commissions in
    proportion; here the record is kept and a distributor's shortfall charge is given back in proportion."""
    rows = await SupplierLine.filter(order_id=order.id).order_by("id")
    if not rows:
        return
    lines = {line.id: line for line in await OrderLine.filter(id__in=[row.line_id for row in rows])}
    for row in rows:
        refunded_now = min(lines[row.line_id].refunded_amount, row.paid)
        if refunded_now <= row.refunded:
            continue
        split = rules.Split(row.paid, row.supplier_share, row.platform_share, row.distributor_share)
        back = rules.reversal(split, row.refunded, refunded_now - row.refunded)
        changed = await SupplierLine.filter(id=row.id, refunded=row.refunded).update(
            refunded=refunded_now, supplier_back=row.supplier_back + back.supplier, distributor_back=row.distributor_back + back.distributor)
        if not changed:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again")
        if back.distributor < 0 and row.distributor_id is not None:
            await ledger.uncharge(order.merchant_id, row.distributor_id, -back.distributor, f"{NAME}:shortfall:{row.id}:back:{refunded_now}",
                                  f"refund on order {order.number}", order.id)


async def shipped(ctx: HookContext, order: Order, shipment: Any) -> None:
    """A parcel holds one party's lines: the brand ships its own (orderShip, naming them), each supplier
    ships its own (supplierShip)."""
    line_ids = await ShipmentLine.filter(shipment_id=shipment.id).values_list("line_id", flat=True)
    owners = await SupplierLine.filter(line_id__in=list(line_ids)).values_list("supplier_id", flat=True)
    if not owners:
        return
    mine = await employer(ctx) if ctx.user is not None else None
    if mine is None or set(owners) != {mine.id} or len(owners) != len(line_ids):
        raise DomainError("SUPPLIER_LINE_NOT_YOURS", "a supplier's lines are shipped by that supplier, each in a parcel of its own "
                                                     "(ship the brand's lines by naming them)", "lines")


async def ship(ctx: HookContext, supplier: Supplier, order_id: int, carrier: str, tracking_number: str,
               parcel: list[orders.LineUnits] | None) -> Any:
    """The supplier ships its lines of an order (all still to ship, or some units): a parcel the core makes."""
    order = await Order.get_or_none(merchant_id=ctx.merchant.id, id=order_id)
    rows = [] if order is None else await SupplierLine.filter(order_id=order.id, supplier_id=supplier.id).order_by("line_id")
    if not rows:
        raise DomainError(ErrorCode.NOT_FOUND, "no order with lines of this supplier", "orderId")
    order = await Order.filter(id=order.id).select_for_update().first()
    lines = {line.id: line for line in await OrderLine.filter(id__in=[row.line_id for row in rows])}
    units = orders.units_wanted(lines, parcel, orders.units_to_ship, "nothing of this supplier is left to ship",
                                of="of this supplier in the order", still=" (still to ship)", field="orderId")
    return await orders.ship(ctx, order, carrier, tracking_number, [orders.LineUnits(line_id, quantity) for line_id, quantity in units.items()])


# --- distributors' profit modes ---


async def set_offer(ctx: HookContext, supply_id: int, mode: rules.Mode, price: int | None) -> DistributorOffer:
    """A distributor (reseller, social distributor, agent, or a supplier acting as one) chooses how it
    sells a supplier product: 散装代销 at its own price within the band, 推广代收 at the price it
    collects (below the floor only when the merchant allows, making up the difference), 推广返佣 at
    the retail price for the supplier's commission."""
    roles = set(await MemberRole.filter(merchant_id=ctx.merchant.id, membership__user_id=ctx.user.id).values_list("role", flat=True))
    if not roles & set(DISTRIBUTOR_ROLES):
        raise DomainError(ErrorCode.FORBIDDEN, "only a distributor, reseller, agent or supplier sells supplier products", "supplyId")
    supply = await SupplierProduct.get_or_none(merchant_id=ctx.merchant.id, id=supply_id).select_related("supplier")
    if supply is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such supplier product", "supplyId")
    if supply.form != SupplyForm.CONSIGNMENT:
        raise DomainError(ErrorCode.INVALID, "a wholesale product is the brand's own: sell it like any other", "supplyId")
    if supply.supplier.owner_id == ctx.user.id or await SupplierStaff.filter(supplier_id=supply.supplier_id, user_id=ctx.user.id,
                                                                               active=True).exists():
        raise DomainError("SUPPLIER_OWN_SUPPLY", "a supplier earns nothing as distributor of its own supply", "supplyId")
    if mode == rules.Mode.DIRECT or not getattr(supply, mode.value):
        raise DomainError(ErrorCode.INVALID, "a profit mode the supplier offers for this product", "mode")
    if mode == rules.Mode.REBATE:
        price = None
    elif price is None:
        raise DomainError(ErrorCode.REQUIRED, "your unit price", "price")
    elif mode == rules.Mode.RESALE and not supply.min_price <= price <= supply.max_price:
        raise DomainError("SUPPLIER_PRICE_BAND", f"between {supply.min_price} and {supply.max_price}", "price")
    elif mode == rules.Mode.COLLECT and not ((config(ctx).below_floor_allowed and price >= 1) or supply.min_price <= price) \
            or mode == rules.Mode.COLLECT and price > supply.max_price:
        raise DomainError("SUPPLIER_PRICE_BAND", f"between {supply.min_price} and {supply.max_price}"
                          + (" (below the floor is not allowed here)" if not config(ctx).below_floor_allowed else ""), "price")
    offer, _ = await DistributorOffer.get_or_create(merchant_id=ctx.merchant.id, distributor_id=ctx.user.id, supply_id=supply.id,
                                                    defaults={"mode": mode.value, "price": price})
    await DistributorOffer.filter(id=offer.id).update(mode=mode.value, price=price)
    return await DistributorOffer.get(id=offer.id)


async def remove_offer(ctx: HookContext, supply_id: int) -> None:
    if not await DistributorOffer.filter(merchant_id=ctx.merchant.id, distributor_id=ctx.user.id, supply_id=supply_id).delete():
        raise DomainError(ErrorCode.NOT_FOUND, "you have no offer for this product", "supplyId")


# --- wholesale purchase orders ---


@dataclass
class Wanted:
    product_id: int
    quantity: int
    unit_price: int | None = None


async def purchase(ctx: HookContext, supplier: Supplier, warehouse_id: int, wanted: list[Wanted], note: str) -> PurchaseOrder:
    """The brand orders goods from a wholesale supplier, at the supply prices unless it agreed others."""
    await refuse_insider(ctx, supplier, "order from a supplier of", "supplierId")
    if SupplierStatus(supplier.status) != SupplierStatus.ACTIVE:
        raise DomainError("SUPPLIER_INACTIVE", "only an active supplier takes purchase orders", "supplierId")
    warehouse = await Warehouse.get_or_none(merchant_id=ctx.merchant.id, id=warehouse_id, general=True)
    if warehouse is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such warehouse of the brand", "warehouseId")
    if not 1 <= len(wanted) <= MAX_LINES:
        raise DomainError(ErrorCode.INVALID, f"1 to {MAX_LINES} lines", "lines")
    supplies = {s.product_id: s for s in await SupplierProduct.filter(supplier_id=supplier.id, form=SupplyForm.WHOLESALE,
                                                                     product_id__in=[w.product_id for w in wanted])}
    errors, seen = [], set()
    for i, item in enumerate(wanted):
        if item.product_id not in supplies:
            errors.append(DomainError(ErrorCode.NOT_FOUND, "not a wholesale product of this supplier", f"lines.{i}.productId"))
        elif item.product_id in seen:
            errors.append(DomainError(ErrorCode.INVALID, "each product once", f"lines.{i}.productId"))
        seen.add(item.product_id)
    DomainErrors.raise_if_any(errors)
    if len(note) > 300:
        raise DomainError(ErrorCode.INVALID, "at most 300 characters", "note")
    priced = [(item, supplies[item.product_id].supply_price if item.unit_price is None else item.unit_price) for item in wanted]
    total = sum(price * item.quantity for item, price in priced)
    if total > MAX_AMOUNT:
        raise DomainError(ErrorCode.INVALID, f"a purchase order is worth at most {MAX_AMOUNT} minor units: split it", "lines")
    order = await PurchaseOrder.create(merchant_id=ctx.merchant.id, number=f"PO-{utcnow():%y%m%d}-{supplier.id}-{utcnow():%H%M%S%f}"[:32],
                                       supplier_id=supplier.id, warehouse_id=warehouse.id, total=total, note=note.strip(),
                                       created_by_id=ctx.user.id)
    await PurchaseLine.bulk_create([PurchaseLine(merchant_id=ctx.merchant.id, purchase_id=order.id, product_id=item.product_id,
                                                 quantity=item.quantity, unit_price=price) for item, price in priced])
    return order


async def purchase_of(merchant_id: int, purchase_id: int, supplier: Supplier | None = None) -> PurchaseOrder:
    found = await PurchaseOrder.get_or_none(merchant_id=merchant_id, id=purchase_id)
    if found is None or (supplier is not None and found.supplier_id != supplier.id):
        raise DomainError(ErrorCode.NOT_FOUND, "no such purchase order", "purchaseOrderId")
    return found


async def _move_purchase(order: PurchaseOrder, sources: tuple[PurchaseStatus, ...], target: PurchaseStatus, what: str) -> PurchaseOrder:
    if not await PurchaseOrder.filter(id=order.id, status__in=list(sources)).update(status=target):
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"a {PurchaseStatus(order.status).value} purchase order cannot be {what}", "purchaseOrderId")
    await order.refresh_from_db()
    return order


async def answer_purchase(ctx: HookContext, order: PurchaseOrder, accept: bool) -> PurchaseOrder:
    return await _move_purchase(order, (PurchaseStatus.SENT,), PurchaseStatus.CONFIRMED if accept else PurchaseStatus.DECLINED,
                                "confirmed" if accept else "declined")


async def cancel_purchase(ctx: HookContext, order: PurchaseOrder) -> PurchaseOrder:
    if await PurchaseShipment.filter(purchase_id=order.id).exists():
        raise DomainError(ErrorCode.INVALID_TRANSITION, "goods were shipped already: receive them", "purchaseOrderId")
    return await _move_purchase(order, (PurchaseStatus.SENT, PurchaseStatus.CONFIRMED), PurchaseStatus.CANCELLED, "cancelled")


async def ship_purchase(ctx: HookContext, order: PurchaseOrder, parcel: list[orders.LineUnits] | None, carrier: str,
                        tracking_number: str) -> PurchaseShipment:
    """The supplier ships some or all of what is left of a confirmed purchase order."""
    carrier, tracking_number = orders.parcel_label(carrier, tracking_number)
    order = await PurchaseOrder.filter(id=order.id).select_for_update().first()
    if PurchaseStatus(order.status) != PurchaseStatus.CONFIRMED:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "only a confirmed purchase order with units left is shipped", "purchaseOrderId")
    lines = {line.id: line for line in await PurchaseLine.filter(purchase_id=order.id).order_by("id")}
    units = orders.units_wanted(lines, parcel, lambda line: line.quantity - line.shipped, "nothing is left to ship",
                                of="of this purchase order", still=" (still to ship)", field="purchaseOrderId")
    for line_id, quantity in units.items():
        line = lines[line_id]
        if not await PurchaseLine.filter(id=line_id, shipped=line.shipped).update(shipped=line.shipped + quantity):
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the purchase order changed meanwhile; try again", "purchaseOrderId")
        line.shipped += quantity
    amount = sum(lines[line_id].unit_price * quantity for line_id, quantity in units.items())
    shipment = await PurchaseShipment.create(merchant_id=ctx.merchant.id, purchase_id=order.id, carrier=carrier, tracking_number=tracking_number,
                                             lines={str(k): v for k, v in units.items()}, amount=amount)
    if all(line.shipped == line.quantity for line in lines.values()):
        await _move_purchase(order, (PurchaseStatus.CONFIRMED,), PurchaseStatus.SHIPPED, "shipped")
    return shipment


async def receive(ctx: HookContext, shipment_id: int) -> PurchaseShipment:
    """The brand receives a parcel into the purchase order's warehouse: stock in (core movements) and the
    payable to the supplier posted (frozen until the statement of its cycle)."""
    shipment = await PurchaseShipment.get_or_none(merchant_id=ctx.merchant.id, id=shipment_id)
    if shipment is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such shipment", "shipmentId")
    order = await PurchaseOrder.filter(id=shipment.purchase_id).select_for_update().first()
    supplier = await Supplier.get(id=order.supplier_id)
    await refuse_insider(ctx, supplier, "receive goods from a supplier of", "shipmentId")
    if not await PurchaseShipment.filter(id=shipment.id, received_at=None).update(received_at=utcnow(), received_by_id=ctx.user.id):
        raise DomainError(ErrorCode.INVALID_TRANSITION, "this shipment was received already", "shipmentId")
    lines = {line.id: line for line in await PurchaseLine.filter(purchase_id=order.id)}
    for line_id, quantity in sorted((int(k), v) for k, v in shipment.lines.items()):
        line = lines[line_id]
        await stock.adjust(ctx.merchant.id, line.product_id, order.warehouse_id, quantity, StockReason.RECEIPT, ctx.user.id,
                           f"purchase order {order.number}")
        await PurchaseLine.filter(id=line_id).update(received=line.received + quantity)
        line.received += quantity
    await ledger.payable_posted(ctx.merchant.id, supplier.owner_id, shipment.amount, f"{NAME}:receipt:{shipment.id}",
                                f"goods received on purchase order {order.number}")
    if all(line.received == line.quantity for line in lines.values()):
        await PurchaseOrder.filter(id=order.id).update(status=PurchaseStatus.RECEIVED)
    await shipment.refresh_from_db()
    return shipment


# --- deposits and adjustments ---


async def record_deposit(ctx: HookContext, supplier: Supplier, amount: int, reference: str) -> int:
    """The brand received the supplier's deposit (保证金): held in the owner's reserve. Once per reference."""
    await refuse_insider(ctx, supplier, "record the deposit of a supplier of", "supplierId")
    reference = reference.strip()
    if not 4 <= len(reference) <= 64:
        raise DomainError(ErrorCode.INVALID, "the payment's reference, 4 to 64 characters", "reference")
    if SupplierStatus(supplier.status) in (SupplierStatus.TERMINATED, SupplierStatus.REJECTED):
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the supplier has left", "supplierId")
    await ledger.reserve_received(ctx.merchant.id, supplier.owner_id, amount, f"{NAME}:{supplier.id}:deposit:{reference}",
                                  f"deposit of supplier {supplier.code} ({reference})")
    return await deposit_held(ctx.merchant.id, supplier)


async def adjust(ctx: HookContext, supplier: Supplier, amount: int, reason: str, key: str) -> SupplierAdjustment:
    """A credit (positive) or debit (negative) to a supplier, on its next statement; a debit beyond its
    available balance becomes debt. Once per key."""
    reason = reason.strip()
    if not 1 <= len(reason) <= 200:
        raise DomainError(ErrorCode.INVALID, "1 to 200 characters", "reason")
    if amount == 0:
        raise DomainError(ErrorCode.INVALID, "not zero", "amount")
    await refuse_insider(ctx, supplier, "adjust the balance of a supplier of", "supplierId")
    earlier = await SupplierAdjustment.get_or_none(supplier_id=supplier.id, key=key)
    if earlier is not None:
        if (earlier.amount, earlier.reason) != (amount, reason):
            raise DomainError(ErrorCode.INVALID, "this key was used for another adjustment", "idempotencyKey")
        return earlier
    ledger_key = f"{NAME}:{supplier.id}:adjust:{key}"
    memo = f"supplier {supplier.code}: {reason}"
    posted = await (ledger.adjust(ctx.merchant.id, supplier.owner_id, amount, ledger_key, memo) if amount > 0
                    else ledger.charge(ctx.merchant.id, supplier.owner_id, -amount, ledger_key, memo))
    if posted is None:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "this adjustment is being made by another request", "idempotencyKey")
    return await SupplierAdjustment.create(merchant_id=ctx.merchant.id, supplier_id=supplier.id, amount=amount, reason=reason,
                                           created_by_id=ctx.user.id, key=key)


# --- statements ---


def _day_start(day: Any, zone: str) -> datetime:
    """Local midnight of `day` as a UTC instant: SQLite compares stored instants as text, which only orders them
    within one offset."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


@dataclass
class Item:
    kind: str
    amount: int
    description: str
    supplier_line: SupplierLine | None = None
    receipt: PurchaseShipment | None = None
    adjustment: SupplierAdjustment | None = None


async def _unstated(ctx: HookContext, supplier: Supplier, cut: datetime | None) -> list[Item]:
    """What happened to a supplier's money and is on no statement yet (before `cut`, when given)."""
    items = []
    # Shares due by the cut: released, or frozen with their window over (the same run of `fenxiao settle` releases
    # them right after the plugins' work), so a cycle nets a refund against the earnings due in it.
    shares = Commission.filter(merchant_id=ctx.merchant.id, source=NAME, kind=SHARE, beneficiary_id=supplier.owner_id,
                               state__in=[CommissionState.FROZEN, CommissionState.AVAILABLE, CommissionState.REVERSED],
                               available_at__not_isnull=True)
    shares = shares.filter(available_at__lt=cut if cut is not None else utcnow())
    commissions = {c.line_id: c for c in await shares}
    rows = await SupplierLine.filter(supplier_id=supplier.id, line_id__in=list(commissions)).select_related("order").order_by("id") \
        if commissions else []
    for row in rows:
        share = commissions[row.line_id]
        if CommissionState(share.state) == CommissionState.REVERSED and row.stated == 0:
            continue  # reversed before it was ever available
        delta = share.amount - share.reversed_amount - row.stated
        if delta:
            items.append(Item("sale" if delta > 0 else "refund", delta, f"order {row.order.number}", supplier_line=row))
    receipts = PurchaseShipment.filter(purchase__supplier_id=supplier.id, received_at__not_isnull=True, statement_id=None)
    adjustments = SupplierAdjustment.filter(supplier_id=supplier.id, statement_id=None)
    if cut is not None:
        receipts, adjustments = receipts.filter(received_at__lt=cut), adjustments.filter(created_at__lt=cut)
    for receipt in await receipts.select_related("purchase").order_by("id"):
        items.append(Item("receipt", receipt.amount, f"goods received on {receipt.purchase.number}", receipt=receipt))
    for adjustment in await adjustments.order_by("id"):
        items.append(Item("adjustment", adjustment.amount, adjustment.reason, adjustment=adjustment))
    return items


async def issue_statement(ctx: HookContext, supplier: Supplier, today: Any) -> Statement | None:
    """The statement of the supplier's next closed cycle (or None when no cycle has closed since the last).
    Issued once (unique per supplier and period); what changes later goes on the next one."""
    cfg = config(ctx)
    last = await Statement.filter(supplier_id=supplier.id).order_by("-period_end").first()
    end = rules.last_closed_day(today, cfg.cycle)
    if last is not None:
        start = last.period_end + timedelta(days=1)
    else:
        start = rules.cycle_of(supplier.created_at.astimezone(ZoneInfo(cfg.time_zone)).date(), cfg.cycle)[0]
    if start > end:
        return None
    end = rules.cycle_of(start, cfg.cycle)[1]  # one cycle per statement, the oldest first
    items = await _unstated(ctx, supplier, _day_start(end + timedelta(days=1), cfg.time_zone))
    opening = last.closing_debt if last is not None else 0
    figures = rules.Statement(opening_debt=opening, earned=sum(i.amount for i in items if i.kind in ("sale", "receipt")),
                              refunded=-sum(i.amount for i in items if i.kind == "refund"),
                              adjusted=sum(i.amount for i in items if i.kind == "adjustment"))
    for item in items:  # payables reach their cycle first: they repay debt before the deposit is touched
        if item.receipt is not None:
            await ledger.payable_due(ctx.merchant.id, supplier.owner_id, item.amount, f"{NAME}:receipt:{item.receipt.id}:due",
                                     f"{item.description}: due on the statement for {start}–{end}")
    owed, used = 0, 0
    if figures.debt:  # what the ledger still holds as debt (a refund the available balance covered is no debt), then the deposit
        debt = await Account.get_or_none(merchant_id=ctx.merchant.id, owner_id=supplier.owner_id, kind=AccountKind.DEBT)
        owed = min(figures.debt, 0 if debt is None else -debt.balance)
        used = await ledger.reserve_covers_debt(ctx.merchant.id, supplier.owner_id, f"{NAME}:{supplier.id}:{start}:deposit",
                                                f"deposit covers supplier {supplier.code}'s debt for {start}–{end}", limit=owed)
    try:
        async with savepoint():
            statement = await Statement.create(
                merchant_id=ctx.merchant.id, supplier_id=supplier.id, number=f"ST-{supplier.code}-{start:%Y%m%d}"[:32], period_start=start,
                period_end=end, opening_debt=opening, earned=figures.earned, refunded=figures.refunded, adjusted=figures.adjusted,
                payable=figures.payable, closing_debt=owed - used, deposit_used=used, issued_by_id=ctx.user.id if ctx.user else None)
    except IntegrityError:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "this cycle's statement was issued meanwhile") from None
    for item in items:
        await StatementLine.create(merchant_id=ctx.merchant.id, statement_id=statement.id, kind=item.kind, amount=item.amount,
                                   description=item.description[:200], supplier_line_id=item.supplier_line.id if item.supplier_line else None,
                                   receipt_id=item.receipt.id if item.receipt else None,
                                   adjustment_id=item.adjustment.id if item.adjustment else None)
        if item.supplier_line is not None:
            row = item.supplier_line
            if not await SupplierLine.filter(id=row.id, stated=row.stated).update(stated=row.stated + item.amount):
                raise DomainError(ErrorCode.INVALID_TRANSITION, "a line was stated meanwhile")
        elif item.receipt is not None:
            await PurchaseShipment.filter(id=item.receipt.id).update(statement_id=statement.id)
        else:
            await SupplierAdjustment.filter(id=item.adjustment.id).update(statement_id=statement.id)
    return statement


async def settle(ctx: HookContext, now: datetime) -> dict[str, int]:
    """Periodic work: every active or suspended supplier's closed cycles are stated, each supplier on its own."""
    today = now.astimezone(zone(ctx)).date()
    suppliers = await Supplier.filter(merchant_id=ctx.merchant.id, status__in=[SupplierStatus.ACTIVE, SupplierStatus.SUSPENDED]).order_by("id")

    async def state(supplier: Supplier) -> bool:
        issued = False
        while await issue_statement(ctx, supplier, today) is not None:
            issued = True
        return issued

    return {"supplier statements": await ctx.each_unit("supplier statement", suppliers, state)}
