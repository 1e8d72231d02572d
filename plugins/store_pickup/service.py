"""Use cases of stores and pickup: stores and their hours, clerks, nearest stores, checkout,
getting orders ready, verification at the counter (核销), no-shows, store and clerk commission.

The core owns the order: this module asks it to move (`orders.ready_for_pickup`, `orders.complete`
with `handed_over`, `orders.refund`) from the plugin's own mutations and periodic work, never from a
hook, and moves stock only through the core's stock services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core import db, ledger
from fenxiao.core.models import Commission, Membership, Order, OrderLine, OrderStatus, Warehouse
from fenxiao.core.services import orders
from fenxiao.core.services.orders import REGION_CODE
from fenxiao.plugins import (
    LATITUDE,
    LONGITUDE,
    DomainError,
    DomainErrors,
    ErrorCode,
    FulfillmentOption,
    HookContext,
    OrderDraft,
    User,
    grant_role,
    refuse_own,
    revoke_role,
    savepoint,
)
from fenxiao.plugins.store_pickup import rules
from fenxiao.plugins.store_pickup.config import StoreConfig
from fenxiao.plugins.store_pickup.models import (
    LEAD_MINUTES,
    PICKUP_DAYS,
    PickupStatus,
    Store,
    StoreClerk,
    StoreException,
    StoreHours,
    StorePickup,
    StoreStatus,
    StoreVerification,
)

NAME = "store_pickup"
ROLE = "clerk"
PICKUP, DELIVERY = "pickup", "store_delivery"
METHODS = (PICKUP, DELIVERY)
MAX_PRODUCTS = 20  # products a nearest-store search may ask for at once
MAX_RADIUS_KM_DELIVERY = 100
SHOWN_WITH_STORE = ("hours", "exceptions")  # what a page of stores prefetches: the Store type shows both


def config(ctx: HookContext) -> StoreConfig:
    return ctx.config(NAME)


# --- stores ---


@dataclass
class Opening:
    weekday: int
    opens: str
    closes: str


@dataclass
class Closure:
    day: date
    opens: str | None = None
    closes: str | None = None
    note: str = ""


@dataclass
class StoreData:
    code: str
    name: str
    address: str
    latitude: float
    longitude: float
    region_code: str | None = None
    phone: str = ""
    time_zone: str | None = None
    status: StoreStatus = StoreStatus.OPEN
    lead_minutes: int = 120
    pickup_days: int | None = None
    delivery_radius_km: float = 0
    delivery_fee: int | None = None
    store_bps: int | None = None
    clerk_bps: int | None = None
    manager_id: int | None = None
    hours: list[Opening] = field(default_factory=list)
    exceptions: list[Closure] = field(default_factory=list)


def _check_store(data: StoreData) -> tuple[list[rules.Interval], list[StoreException]]:
    errors = []
    for name, value, low, high in (("code", data.code, 1, 32), ("name", data.name, 1, 100), ("address", data.address, 1, 300),
                                   ("phone", data.phone, 0, 32)):
        if not low <= len(value.strip()) <= high:
            errors.append(DomainError(ErrorCode.INVALID, f"{low} to {high} characters", name))
    errors += [e for e in (LATITUDE.error(data.latitude, "latitude"), LONGITUDE.error(data.longitude, "longitude")) if e is not None]
    if not 0 <= data.delivery_radius_km <= MAX_RADIUS_KM_DELIVERY:
        errors.append(DomainError(ErrorCode.INVALID, f"between 0 and {MAX_RADIUS_KM_DELIVERY} km", "deliveryRadiusKm"))
    if data.lead_minutes not in LEAD_MINUTES:
        errors.append(DomainError(ErrorCode.INVALID, LEAD_MINUTES.describe(), "leadMinutes"))
    if data.pickup_days is not None and data.pickup_days not in PICKUP_DAYS:
        errors.append(DomainError(ErrorCode.INVALID, PICKUP_DAYS.describe(), "pickupDays"))
    intervals: list[rules.Interval] = []
    for i, opening in enumerate(data.hours):
        try:
            intervals += rules.week_intervals(opening.weekday, rules.minutes(opening.opens), rules.minutes(opening.closes))
        except ValueError as error:
            errors.append(DomainError(ErrorCode.INVALID, str(error), f"hours.{i}"))
    if len(data.hours) > 28:
        errors.append(DomainError(ErrorCode.LIMIT_EXCEEDED, "at most 28 openings a week", "hours"))
    for day in range(7):
        spans = sorted((i.opens, i.closes) for i in intervals if i.weekday == day)
        if any(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:])):
            errors.append(DomainError(ErrorCode.INVALID, f"openings overlap on weekday {day}", "hours"))
    exceptions = []
    if len(data.exceptions) > 366:
        errors.append(DomainError(ErrorCode.LIMIT_EXCEEDED, "at most 366 dated exceptions", "exceptions"))
    seen = set()
    for i, closure in enumerate(data.exceptions):
        try:
            opens = None if closure.opens is None else rules.minutes(closure.opens)
            closes = None if closure.closes is None else rules.minutes(closure.closes)
        except ValueError as error:
            errors.append(DomainError(ErrorCode.INVALID, str(error), f"exceptions.{i}"))
            continue
        if (opens is None) != (closes is None) or (opens is not None and not opens < closes):
            errors.append(DomainError(ErrorCode.INVALID, "closed all day (no times) or open from one time to a later one", f"exceptions.{i}"))
        elif closure.day in seen:
            errors.append(DomainError(ErrorCode.INVALID, "one exception per date", f"exceptions.{i}.date"))
        elif len(closure.note) > 100:
            errors.append(DomainError(ErrorCode.INVALID, "at most 100 characters", f"exceptions.{i}.note"))
        else:
            exceptions.append(StoreException(date=closure.day, opens=opens, closes=closes, note=closure.note.strip()))
        seen.add(closure.day)
    DomainErrors.raise_if_any(errors)
    return intervals, exceptions


async def save_store(ctx: HookContext, store_id: int | None, data: StoreData) -> Store:
    """Create a store (with its warehouse in the core) or replace a store's details, hours and exceptions."""
    intervals, exceptions = _check_store(data)
    merchant = ctx.merchant
    region = await ctx.hook.fenxiao_address_region(region_code=data.region_code, address=data.address.strip()) or data.region_code
    if not region or not REGION_CODE.match(region):
        raise DomainError(ErrorCode.REQUIRED, "give regionCode, or an address whose text names its province, city and district", "regionCode")
    if data.manager_id is not None and not await Membership.exists(merchant_id=merchant.id, user_id=data.manager_id, is_active=True):
        raise DomainError(ErrorCode.NOT_FOUND, "the manager is not a member of this merchant", "managerId")
    time_zone = data.time_zone or config(ctx).time_zone
    x, y, z = rules.unit_vector(data.latitude, data.longitude)
    values = dict(
        code=data.code.strip(), name=data.name.strip(), phone=data.phone.strip(), region_code=region, address=data.address.strip(),
        latitude=float(data.latitude), longitude=float(data.longitude), unit_x=x, unit_y=y, unit_z=z, time_zone=time_zone,
        status=data.status, manager_id=data.manager_id, lead_minutes=data.lead_minutes, pickup_days=data.pickup_days,
        delivery_radius_m=round(data.delivery_radius_km * 1000), delivery_fee=data.delivery_fee, store_bps=data.store_bps,
        clerk_bps=data.clerk_bps,
    )
    if await Store.filter(merchant_id=merchant.id, code=values["code"]).exclude(id=store_id or 0).exists():
        raise DomainError(ErrorCode.INVALID, "another store has this code", "code")
    if store_id is None:
        warehouse = await Warehouse.create(merchant_id=merchant.id, code=f"store-{values['code']}"[:32], name=values["name"],
                                           region_code=region, is_active=data.status != StoreStatus.CLOSED, general=False)
        store = await Store.create(merchant_id=merchant.id, warehouse_id=warehouse.id, **values)
    else:
        store = await store_of(merchant.id, store_id)
        await Store.filter(id=store.id).update(**values)
        await Warehouse.filter(id=store.warehouse_id).update(name=values["name"], region_code=region,
                                                             is_active=data.status != StoreStatus.CLOSED)
        await StoreHours.filter(store_id=store.id).delete()
        await StoreException.filter(store_id=store.id).delete()
        await store.refresh_from_db()
    await StoreHours.bulk_create([StoreHours(merchant_id=merchant.id, store_id=store.id, weekday=i.weekday, opens=i.opens, closes=i.closes)
                                  for i in intervals])
    for exception in exceptions:
        exception.merchant_id, exception.store_id = merchant.id, store.id
    await StoreException.bulk_create(exceptions)
    return store


async def store_of(merchant_id: int, store_id: int, field: str = "storeId") -> Store:
    store = await Store.get_or_none(merchant_id=merchant_id, id=store_id)
    if store is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such store", field)
    return store


def pickup_days(ctx: HookContext, store: Store) -> int:
    return store.pickup_days or config(ctx).pickup_days


def store_rate(ctx: HookContext, store: Store) -> int:
    return config(ctx).store_bps if store.store_bps is None else store.store_bps


def clerk_rate(ctx: HookContext, store: Store) -> int:
    return config(ctx).clerk_bps if store.clerk_bps is None else store.clerk_bps


# --- clerks ---


async def add_clerk(ctx: HookContext, store: Store, user_id: int) -> StoreClerk:
    if not await Membership.exists(merchant_id=ctx.merchant.id, user_id=user_id, is_active=True):
        raise DomainError(ErrorCode.NOT_FOUND, "not a member of this merchant", "memberId")
    clerk = await StoreClerk.get_or_none(store_id=store.id, user_id=user_id)
    if clerk is None:
        clerk = await StoreClerk.create(merchant_id=ctx.merchant.id, store_id=store.id, user_id=user_id)
    elif not clerk.active:
        await StoreClerk.filter(id=clerk.id).update(active=True)
        clerk.active = True
    await grant_role(ctx.merchant.id, user_id, ROLE)
    return clerk


async def remove_clerk(ctx: HookContext, store: Store, user_id: int) -> None:
    changed = await StoreClerk.filter(store_id=store.id, user_id=user_id, active=True).update(active=False)
    if not changed:
        raise DomainError(ErrorCode.NOT_FOUND, "not a clerk of this store", "memberId")
    if not await StoreClerk.exists(merchant_id=ctx.merchant.id, user_id=user_id, active=True):
        await revoke_role(ctx.merchant.id, user_id, ROLE)
    if store.manager_id == user_id:
        await Store.filter(id=store.id).update(manager_id=None)


async def require_clerk(merchant_id: int, store: Store, user: User) -> None:
    """Only a clerk of *this* store works its counter: a clerk of another store, or staff, may not."""
    if not await StoreClerk.exists(merchant_id=merchant_id, store_id=store.id, user_id=user.id, active=True):
        raise DomainError("STORE_NOT_CLERK", "only a clerk of this store may do this", "storeId")


async def require_clerk_or_staff(ctx: HookContext, store: Store, staff: bool) -> None:
    if not staff:
        await require_clerk(ctx.merchant.id, store, ctx.user)


# --- nearest stores ---


@dataclass(frozen=True)
class Near:
    store: Store
    distance_m: int


@dataclass(frozen=True)
class NearPage:
    rows: list[Near]
    total: int


async def near(merchant_id: int, latitude: float, longitude: float, radius_km: float, max_radius_km: int, open_at_time: datetime | None,
               product_ids: list[int], offset: int, limit: int) -> NearPage:
    """Open stores within `radius_km`, nearest first, computed in the database (see rules): a bounding
    box on the indexed coordinates, then the squared chord; optionally only stores open at a time and
    holding every product. A constant number of statements whatever the number of stores."""
    errors = [e for e in (LATITUDE.error(latitude, "latitude"), LONGITUDE.error(longitude, "longitude")) if e is not None]
    if not 0 < radius_km <= max_radius_km:
        errors.append(DomainError(ErrorCode.INVALID, f"more than 0 and at most {max_radius_km} km", "radiusKm"))
    if len(product_ids) > MAX_PRODUCTS:
        errors.append(DomainError(ErrorCode.LIMIT_EXCEEDED, f"at most {MAX_PRODUCTS} products", "productIds"))
    DomainErrors.raise_if_any(errors)
    radius_m = radius_km * 1000
    box = rules.bounding_box(latitude, longitude, radius_m)
    x, y, z = rules.unit_vector(latitude, longitude)
    chord2 = "((s.unit_x - ?) * (s.unit_x - ?) + (s.unit_y - ?) * (s.unit_y - ?) + (s.unit_z - ?) * (s.unit_z - ?))"
    chord_params = [x, x, y, y, z, z]
    where = ["s.merchant_id = ?", "s.status = ?", "s.latitude BETWEEN ? AND ?"]
    params: list[Any] = [merchant_id, StoreStatus.OPEN.value, box.lat_min, box.lat_max]
    where.append("(" + " OR ".join("s.longitude BETWEEN ? AND ?" for _ in box.lng_ranges) + ")")
    params += [bound for span in box.lng_ranges for bound in span]
    where.append(f"{chord2} <= ?")
    params += chord_params + [rules.chord_of(radius_m) ** 2]
    if open_at_time is not None:
        zones = [row["time_zone"] for row in await db.fetch("SELECT DISTINCT time_zone FROM store WHERE merchant_id = ?", merchant_id)]
        clauses = []
        for zone in zones:
            moment = rules.local_moment(open_at_time, zone)
            clauses.append(
                "(s.time_zone = ? AND (EXISTS (SELECT 1 FROM store_exception e WHERE e.store_id = s.id AND e.date = ? "
                "AND e.opens <= ? AND e.closes > ?) OR (NOT EXISTS (SELECT 1 FROM store_exception e WHERE e.store_id = s.id "
                "AND e.date = ?) AND EXISTS (SELECT 1 FROM store_hours h WHERE h.store_id = s.id AND h.weekday = ? "
                "AND h.opens <= ? AND h.closes > ?))))")
            params += [zone, moment.day, moment.minute, moment.minute, moment.day, moment.weekday, moment.minute, moment.minute]
        where.append("(" + (" OR ".join(clauses) or "1 = 0") + ")")
    if product_ids:
        wanted = sorted(set(product_ids))
        where.append(f"(SELECT COUNT(*) FROM stock_level sl WHERE sl.warehouse_id = s.warehouse_id AND sl.product_id IN "
                     f"({', '.join('?' for _ in wanted)}) AND sl.on_hand - sl.reserved > 0) = ?")
        params += wanted + [len(wanted)]
    condition = " AND ".join(where)
    rows = await db.fetch(f"SELECT s.id AS id, {chord2} AS chord2 FROM store s WHERE {condition} ORDER BY chord2, s.id LIMIT ? OFFSET ?",
                          *chord_params, *params, limit, offset)
    total = (await db.fetch(f"SELECT COUNT(*) AS n FROM store s WHERE {condition}", *params))[0]["n"]
    stores = {s.id: s for s in await Store.filter(id__in=[row["id"] for row in rows]).prefetch_related(*SHOWN_WITH_STORE)} if rows else {}
    return NearPage([Near(stores[row["id"]], round(rules.distance_of(row["chord2"]))) for row in rows], total)


def region_prefix(code: str) -> str:
    """The codes a region contains, as a prefix: GB/T 2260 codes nest by digits (31 Shanghai, 3101 its
    districts); any other code (a merchant's own region) stands only for itself."""
    if len(code) == 6 and code.isdigit():
        if code.endswith("0000"):
            return code[:2]
        if code.endswith("00"):
            return code[:4]
    return code


def region_path(code: str) -> list[str]:
    """A store's region in the hierarchy, from the province down (GB/T 2260 codes)."""
    if len(code) == 6 and code.isdigit():
        path = [code[:2] + "0000", code[:4] + "00", code]
        return list(dict.fromkeys(path))
    return [code]


# --- checkout ---


async def _chosen_store(ctx: HookContext, draft: OrderDraft) -> Store | None:
    if draft.store_id is None:
        return None
    return await Store.get_or_none(merchant_id=ctx.merchant.id, id=draft.store_id)


async def fulfillment_options(ctx: HookContext, draft: OrderDraft) -> list[FulfillmentOption] | None:
    """Pickup at the chosen store (stock reserved there, or elsewhere to be transferred when the merchant
    allows it), and same-city delivery when the store delivers."""
    store = await _chosen_store(ctx, draft)
    if store is None or store.status != StoreStatus.OPEN:
        return None
    warehouses: tuple[int, ...] = (store.warehouse_id,)
    if config(ctx).transfer_allowed:
        others = await Warehouse.filter(merchant_id=ctx.merchant.id, is_active=True, general=True) \
            .order_by("priority", "id").values_list("id", flat=True)  # the merchant's warehouses, not other stores' shelves
        warehouses += tuple(others)
    options = [FulfillmentOption(PICKUP, f"Pick up at {store.name}", 0, NAME, warehouse_ids=warehouses)]
    if store.delivery_radius_m > 0:
        fee = config(ctx).delivery_fee if store.delivery_fee is None else store.delivery_fee
        options.append(FulfillmentOption(DELIVERY, f"Delivered by {store.name} (same city)", fee, NAME, warehouse_ids=warehouses))
    return options


async def validate(ctx: HookContext, draft: OrderDraft) -> list[DomainError] | None:
    if draft.store_id is None:
        if draft.fulfillment_method in METHODS:
            return [DomainError(ErrorCode.REQUIRED, "choose the store", "storeId")]
        return None
    store = await _chosen_store(ctx, draft)
    if store is None:
        return [DomainError(ErrorCode.NOT_FOUND, "no such store", "storeId")]
    if store.status != StoreStatus.OPEN:
        return [DomainError("STORE_CLOSED", f"{store.name} takes no orders now", "storeId")]
    if draft.fulfillment_method == DELIVERY:
        if store.delivery_radius_m <= 0:
            return [DomainError(ErrorCode.INVALID, f"{store.name} does not deliver", "fulfillmentMethod")]
        if draft.coordinates is None:
            return [DomainError(ErrorCode.REQUIRED, "same-city delivery needs the address's latitude and longitude", "shippingAddress.latitude")]
        distance = rules.distance_m((store.latitude, store.longitude), draft.coordinates)
        if distance > store.delivery_radius_m:
            return [DomainError("STORE_OUT_OF_RANGE", f"{store.name} delivers within {store.delivery_radius_m / 1000:g} km; "
                                                      f"the address is {distance / 1000:.1f} km away", "shippingAddress")]
    return None


async def placed(ctx: HookContext, order: Order, lines: list[OrderLine], draft: OrderDraft) -> None:
    """Record the store of an order placed through or fulfilled by one, and the clerk who sold it."""
    store = await _chosen_store(ctx, draft)
    if store is None:
        return
    seller = draft.seller.id if draft.seller is not None and await StoreClerk.exists(
        merchant_id=ctx.merchant.id, store_id=store.id, user_id=draft.seller.id, active=True) else None
    order.attribution[NAME] = {"store": store.id, "clerk": seller}
    if order.fulfillment_method in METHODS:
        distance = None
        if order.fulfillment_method == DELIVERY and draft.coordinates is not None:
            distance = round(rules.distance_m((store.latitude, store.longitude), draft.coordinates))
        await StorePickup.create(merchant_id=ctx.merchant.id, order_id=order.id, store_id=store.id, method=order.fulfillment_method,
                                 seller_id=seller, distance_m=distance)


def refuse_shipping(order: Order) -> None:
    """A pickup order leaves the store only across its counter (pickupVerify), never with a carrier."""
    if order.fulfillment_method == PICKUP:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "a pickup order is handed over at its store (pickupVerify), not shipped", "orderId")


def _store_of_order(order: Order) -> tuple[int | None, int | None]:
    mine = (order.attribution or {}).get(NAME) or {}
    return mine.get("store"), mine.get("clerk")


async def _paid_elsewhere(order: Order, beneficiary_id: int, commissions: list[Commission] | None = None) -> set[int]:
    """Lines of the order on which another mode already pays this person (an order-wide grant covers every line)."""
    if commissions is None:
        commissions = await Commission.filter(merchant_id=order.merchant_id, order_id=order.id, beneficiary_id=beneficiary_id)
    paid = [c for c in commissions if c.beneficiary_id == beneficiary_id and c.source != NAME]
    if any(c.line_id is None for c in paid):
        return {line.id for line in await OrderLine.filter(order_id=order.id)}
    return {c.line_id for c in paid}


async def grant(ctx: HookContext, order: Order, lines: list[OrderLine], beneficiary_id: int, rate_bps: int, kind: str,
                commissions: list[Commission] | None = None) -> None:
    """A rate on each line's value still kept (paid minus refunded) to one person, except on lines another mode pays them for."""
    if rate_bps <= 0:
        return
    skip = await _paid_elsewhere(order, beneficiary_id, commissions)
    payable = [line for line in lines if line.id in rules.unpaid_lines([line.id for line in lines], skip)]
    for share in rules.shares([line.total - line.refunded_amount for line in payable], rate_bps):
        line = payable[share.line_index]
        await ledger.accrue_commission(order, beneficiary_id, share.amount, source=NAME, kind=kind, line=line, base=share.base,
                                       rate_bps=rate_bps, key=f"{NAME}:{kind}:{line.id}:{beneficiary_id}")


async def commissions_granted(ctx: HookContext, order: Order, lines: list[OrderLine], commissions: list[Commission]) -> None:
    """On payment: the store's commission to its manager, and the selling clerk's to them (when a clerk sold it)."""
    store_id, clerk_id = _store_of_order(order)
    if store_id is None:
        return
    store = await Store.get_or_none(merchant_id=order.merchant_id, id=store_id)
    if store is None:
        return
    if store.manager_id is not None and store.manager_id != order.buyer_id:
        await grant(ctx, order, lines, store.manager_id, store_rate(ctx, store), "store", commissions)
    if clerk_id is not None and clerk_id != order.buyer_id:
        await grant(ctx, order, lines, clerk_id, clerk_rate(ctx, store), "clerk", commissions)


async def cancelled(ctx: HookContext, order: Order) -> None:
    await StorePickup.filter(order_id=order.id, status__in=[PickupStatus.WAITING, PickupStatus.READY]).update(
        status=PickupStatus.CANCELLED, live_code=None)


async def refunded(ctx: HookContext, order: Order) -> None:
    """A refund in full ends the pickup (its code with it); a partial one leaves the rest to collect."""
    if OrderStatus(order.status) == OrderStatus.REFUNDED:
        await cancelled(ctx, order)


# --- getting ready ---


async def pickup_of(merchant_id: int, order_id: int, field: str = "orderId") -> StorePickup:
    pickup = await StorePickup.get_or_none(merchant_id=merchant_id, order_id=order_id)
    if pickup is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no store fulfils this order", field)
    return pickup


async def _store_order(ctx: HookContext, order_id: int, staff: bool) -> tuple[Order, StorePickup, Store]:
    """An order a store fulfils, locked, with its pickup and its store, for staff or a clerk of that store."""
    order = await orders.get_order(ctx.merchant.id, order_id, lock=True)
    pickup = await pickup_of(ctx.merchant.id, order.id)
    store = await Store.get(id=pickup.store_id)
    await require_clerk_or_staff(ctx, store, staff)
    return order, pickup, store


async def _bring_to_store(ctx: HookContext, order: Order, lines: list[OrderLine], store: Store) -> None:
    """Units of these lines reserved in another warehouse move to the store's (the core transfers them)."""
    for line in lines:
        if line.warehouse_id is not None and line.warehouse_id != store.warehouse_id and line.quantity > line.refunded_quantity:
            await orders.transfer_line(order, line, store.warehouse_id, ctx.user.id if ctx.user else None)


async def mark_ready(ctx: HookContext, order_id: int, line_ids: list[int] | None, staff: bool) -> StorePickup:
    """Staff or a clerk of the store mark lines (default: all) ready. Units reserved in another warehouse
    are transferred to the store first. Once every line still owed is ready, a pickup order moves to
    READY_FOR_PICKUP with a fresh code and its window starts."""
    order, pickup, store = await _store_order(ctx, order_id, staff)
    if OrderStatus(order.status) != OrderStatus.PAID or pickup.status != PickupStatus.WAITING:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"only a paid order being prepared can be marked ready; this one is "
                                                        f"{OrderStatus(order.status).value.replace('_', ' ')}", "orderId")
    owed = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("id") if line.quantity > line.refunded_quantity}
    wanted = list(owed) if line_ids is None else line_ids
    errors = [DomainError(ErrorCode.NOT_FOUND, "no such line still owed in this order", f"lineIds.{i}")
              for i, line_id in enumerate(wanted) if line_id not in owed]
    DomainErrors.raise_if_any(errors)
    await _bring_to_store(ctx, order, [owed[line_id] for line_id in wanted], store)
    ready = sorted(set(pickup.ready_line_ids) | set(wanted))
    pickup.ready_line_ids = ready
    await StorePickup.filter(id=pickup.id).update(ready_line_ids=ready)
    if set(owed) <= set(ready) and pickup.method == PICKUP:
        await orders.ready_for_pickup(ctx, order)
        await _issue_code(ctx, pickup, store)
    return pickup


async def _issue_code(ctx: HookContext, pickup: StorePickup, store: Store) -> None:
    """A random code, unique at this store among live codes: the (store, live_code) constraint decides,
    and a collision (one in tens of millions) draws again."""
    now = utcnow()
    expires = now + timedelta(days=pickup_days(ctx, store))
    for _ in range(10):
        code = rules.new_code()
        try:
            async with savepoint():
                changed = await StorePickup.filter(id=pickup.id, status=PickupStatus.WAITING).update(
                    status=PickupStatus.READY, code=code, live_code=code, ready_at=now, expires_at=expires)
        except IntegrityError:
            continue
        if changed != 1:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the order changed meanwhile; try again", "orderId")
        pickup.status, pickup.code, pickup.live_code, pickup.ready_at, pickup.expires_at = PickupStatus.READY, code, code, now, expires
        return
    raise RuntimeError(f"no free pickup code at store {store.id} after 10 draws")


async def deliver(ctx: HookContext, order_id: int, courier: str, staff: bool) -> Order:
    """The store sends a same-city delivery order on its way (the core ships it from the store)."""
    order, pickup, store = await _store_order(ctx, order_id, staff)
    if pickup.method != DELIVERY:
        raise DomainError(ErrorCode.INVALID, "a pickup order is handed over at the counter (pickupVerify)", "orderId")
    await _bring_to_store(ctx, order, await OrderLine.filter(order_id=order.id), store)
    await orders.ship(ctx, order, f"{store.name} same-city"[:64], courier)
    await StorePickup.filter(id=pickup.id).update(status=PickupStatus.PICKED_UP, picked_up_at=utcnow())
    return order


# --- at the counter ---


@dataclass
class Handed:
    line_id: int
    quantity: int


@dataclass
class Preview:
    pickup: StorePickup
    order: Order
    lines: list[OrderLine]
    problem: DomainError | None


async def _find(ctx: HookContext, store: Store, code: str | None, order_id: int | None) -> StorePickup:
    """The pickup a clerk names by code or by order, at this store; each other case has its own code."""
    merchant_id = ctx.merchant.id
    if (code is None) == (order_id is None):
        raise DomainError(ErrorCode.INVALID, "give the code or the order, not both", "code")
    if order_id is not None:
        pickup = await StorePickup.get_or_none(merchant_id=merchant_id, order_id=order_id)
        if pickup is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no pickup for this order", "orderId")
    else:
        normal = rules.normalised(code or "")
        if normal is None:
            raise DomainError(ErrorCode.INVALID, f"a pickup code has {rules.CODE_DIGITS} digits", "code")
        pickup = await StorePickup.get_or_none(merchant_id=merchant_id, store_id=store.id, live_code=normal)
        if pickup is None:
            pickup = await StorePickup.filter(merchant_id=merchant_id, store_id=store.id, code=normal).order_by("-id").first()
        if pickup is None:
            elsewhere = await StorePickup.exists(merchant_id=merchant_id, live_code=normal)
            if elsewhere:
                raise DomainError("PICKUP_WRONG_STORE", "this code is for another store", "code")
            raise DomainError(ErrorCode.NOT_FOUND, "no pickup has this code at this store", "code")
    if pickup.store_id != store.id:
        raise DomainError("PICKUP_WRONG_STORE", "this order is picked up at another store", "storeId")
    return pickup


async def _problem(pickup: StorePickup, order: Order, now: datetime) -> DomainError | None:
    status = PickupStatus(pickup.status)
    if status == PickupStatus.PICKED_UP:
        return DomainError("PICKUP_ALREADY_COLLECTED", "this order was picked up already", "code")
    if status == PickupStatus.EXPIRED or (status == PickupStatus.READY and pickup.expires_at is not None and pickup.expires_at <= now):
        return DomainError("PICKUP_EXPIRED", "the pickup window has ended", "code")
    if status == PickupStatus.CANCELLED:
        return DomainError("PICKUP_CANCELLED", "the order was cancelled or refunded", "code")
    if status == PickupStatus.WAITING or OrderStatus(order.status) != OrderStatus.READY_FOR_PICKUP:
        return DomainError("PICKUP_NOT_READY", "the order is not ready for pickup yet", "code")
    if await orders.refund_requested(order):
        return DomainError("PICKUP_REFUND_OPEN", "a refund of this order is open: settle it before handing anything over", "code")
    return None


async def preview(ctx: HookContext, store: Store, code: str | None, order_id: int | None) -> Preview:
    """What a verification would hand over, and why it would be refused — before the clerk confirms."""
    await require_clerk(ctx.merchant.id, store, ctx.user)
    pickup = await _find(ctx, store, code, order_id)
    order = await Order.get(id=pickup.order_id)
    lines = [line for line in await OrderLine.filter(order_id=order.id).order_by("id") if line.quantity > line.refunded_quantity]
    return Preview(pickup, order, lines, await _problem(pickup, order, utcnow()))


async def verify(ctx: HookContext, store: Store, code: str | None, order_id: int | None, handed: list[Handed] | None) -> StoreVerification:
    """Hand an order over (核销). One guarded transition: the order row is locked, and the pickup moves
    READY → PICKED_UP only if it is still READY with this live code, so of two clerks verifying at
    once exactly one succeeds. What the buyer refuses at the counter (`handed` lists what they take;
    default everything) is refunded through the core, its commission reversed in proportion; the
    clerk who served earns their commission on what was taken; the order completes."""
    user = ctx.user
    await require_clerk(ctx.merchant.id, store, user)
    found = await _find(ctx, store, code, order_id)
    order = await orders.get_order(ctx.merchant.id, found.order_id, lock=True)
    refuse_own(user.id, order.buyer_id, "hand over an order bought by", "orderId")  # another clerk serves a clerk
    pickup = await StorePickup.get(id=found.id)  # read again under the order's lock
    now = utcnow()
    problem = await _problem(pickup, order, now)
    if problem is not None:
        raise problem
    owed = {line.id: line for line in await OrderLine.filter(order_id=order.id).order_by("id") if line.quantity > line.refunded_quantity}
    taking = {line_id: line.quantity - line.refunded_quantity for line_id, line in owed.items()}
    if handed is not None:
        taking, errors = {}, []
        for i, item in enumerate(handed):
            line = owed.get(item.line_id)
            if line is None:
                errors.append(DomainError(ErrorCode.NOT_FOUND, "no such line still owed in this order", f"lines.{i}.lineId"))
            elif item.line_id in taking:
                errors.append(DomainError(ErrorCode.INVALID, "each line once", f"lines.{i}.lineId"))
            elif not 0 <= item.quantity <= line.quantity - line.refunded_quantity:
                errors.append(DomainError(ErrorCode.INVALID, f"between 0 and {line.quantity - line.refunded_quantity}", f"lines.{i}.quantity"))
            else:
                taking[item.line_id] = item.quantity
        DomainErrors.raise_if_any(errors)
    refused = {line_id: line.quantity - line.refunded_quantity - taking.get(line_id, 0) for line_id, line in owed.items()}
    refused = {line_id: quantity for line_id, quantity in refused.items() if quantity > 0}
    handed_units = sum(taking.values())
    changed = await StorePickup.filter(id=pickup.id, status=PickupStatus.READY, live_code=pickup.live_code).update(
        status=PickupStatus.PICKED_UP if handed_units else PickupStatus.CANCELLED, live_code=None, picked_up_at=now)
    if changed != 1:
        raise DomainError("PICKUP_ALREADY_COLLECTED", "this order was picked up already", "code")
    if refused:
        await orders.refund(ctx, order, [orders.LineUnits(line_id, quantity) for line_id, quantity in refused.items()],
                            restock=False, reason="refused at pickup", actor=user)
    if handed_units:
        lines = await OrderLine.filter(order_id=order.id).order_by("id")
        _, seller = _store_of_order(order)
        if seller is None and user.id != order.buyer_id:  # no clerk sold it: the one who served earns the clerk's share
            await grant(ctx, order, [line for line in lines if line.id in taking and taking[line.id]], user.id, clerk_rate(ctx, store), "clerk")
        await orders.complete(ctx, order, handed_over=True)
    record = [{"lineId": line_id, "handedOver": taking.get(line_id, 0), "rejected": refused.get(line_id, 0)} for line_id in owed]
    return await StoreVerification.create(merchant_id=ctx.merchant.id, store_id=store.id, order_id=order.id, clerk_id=user.id,
                                          code=pickup.code if code is not None else None, lines=record, handed_over=handed_units,
                                          rejected=sum(refused.values()))


async def extend(ctx: HookContext, order_id: int, by_staff: bool) -> StorePickup:
    """The buyer (or staff) extends the pickup window once, by the merchant's extension days."""
    order = await orders.get_order(ctx.merchant.id, order_id, lock=True)
    if not by_staff and order.buyer_id != ctx.user.id:
        raise DomainError(ErrorCode.FORBIDDEN, "only the buyer or staff may do this", "orderId")
    pickup = await pickup_of(ctx.merchant.id, order.id)
    if pickup.status != PickupStatus.READY:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "only an order waiting at the counter can wait longer", "orderId")
    if pickup.extended:
        raise DomainError("PICKUP_EXTENDED_ONCE", "the pickup window was extended once already", "orderId")
    expires = pickup.expires_at + timedelta(days=config(ctx).extension_days)
    changed = await StorePickup.filter(id=pickup.id, status=PickupStatus.READY, extended=False).update(extended=True, expires_at=expires)
    if changed != 1:
        raise DomainError("PICKUP_EXTENDED_ONCE", "the pickup window was extended once already", "orderId")
    pickup.extended, pickup.expires_at = True, expires
    return pickup


# --- no-shows (fenxiao settle) ---


async def settle(ctx: HookContext, now: datetime) -> dict[str, int]:
    """Orders left at the counter past their window: extended once when the merchant says so, else
    cancelled and refunded in full, the goods back on the store's shelf (their reservation released)."""
    due = await StorePickup.filter(merchant_id=ctx.merchant.id, status=PickupStatus.READY, expires_at__lte=now) \
        .order_by("id").values_list("id", flat=True)
    extended = 0

    async def expire(pickup_id: int) -> bool:
        nonlocal extended
        pickup = await StorePickup.get(id=pickup_id)
        order = await orders.get_order(ctx.merchant.id, pickup.order_id, lock=True)
        pickup = await StorePickup.get(id=pickup_id)
        if pickup.status != PickupStatus.READY or pickup.expires_at > now:
            return False
        if config(ctx).no_show == "extend" and not pickup.extended:
            await StorePickup.filter(id=pickup.id, status=PickupStatus.READY, extended=False).update(
                extended=True, expires_at=pickup.expires_at + timedelta(days=config(ctx).extension_days))
            extended += 1
            return False
        changed = await StorePickup.filter(id=pickup.id, status=PickupStatus.READY).update(status=PickupStatus.EXPIRED, live_code=None)
        if changed != 1:
            return False
        await orders.refund(ctx, order, None, restock=False, reason="not picked up in time", actor=None)
        return True

    expired = await ctx.each_unit("pickup expiry", due, expire)
    return {"pickups expired": expired, "pickup windows extended": extended}


# --- the store's dashboard ---


@dataclass(frozen=True)
class Dashboard:
    waiting: int
    ready: int
    picked_up: int
    expired: int
    verified_today: int
    units_today: int
    products_in_stock: int
    units_on_hand: int
    units_reserved: int
    commission: int


async def dashboard(store: Store, now: datetime) -> Dashboard:
    counts = {row["status"]: row["n"] for row in await db.fetch(
        "SELECT status, COUNT(*) AS n FROM store_pickup WHERE store_id = ? GROUP BY status", store.id)}
    local = rules.local_moment(now, store.time_zone)
    # In UTC: SQLite compares stored instants as text, which only orders them within one offset.
    start = datetime(local.day.year, local.day.month, local.day.day, tzinfo=ZoneInfo(store.time_zone)).astimezone(timezone.utc)
    today = (await db.fetch("SELECT COUNT(*) AS n, COALESCE(SUM(handed_over), 0) AS units FROM store_verification "
                            "WHERE store_id = ? AND created_at >= ? AND created_at < ?", store.id, start, start + timedelta(days=1)))[0]
    stock = (await db.fetch("SELECT COUNT(*) AS n, COALESCE(SUM(on_hand), 0) AS on_hand, COALESCE(SUM(reserved), 0) AS reserved "
                            "FROM stock_level WHERE warehouse_id = ? AND on_hand > 0", store.warehouse_id))[0]
    commission = (await db.fetch(
        "SELECT COALESCE(SUM(c.amount - c.reversed_amount), 0) AS total FROM commission c JOIN \"order\" o ON o.id = c.order_id "
        "WHERE c.merchant_id = ? AND c.source = ? AND c.kind = 'store' AND o.store_id = ?", store.merchant_id, NAME, store.id))[0]
    return Dashboard(
        waiting=counts.get("waiting", 0), ready=counts.get("ready", 0), picked_up=counts.get("picked_up", 0),
        expired=counts.get("expired", 0), verified_today=today["n"], units_today=int(today["units"]), products_in_stock=stock["n"],
        units_on_hand=int(stock["on_hand"]), units_reserved=int(stock["reserved"]), commission=int(commission["total"]),
    )
