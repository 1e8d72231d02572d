"""GraphQL of stores and pickup: the buyer's side (stores near, by region, their pickup code), the
counter's (preview and verify, mark ready, deliver, the store dashboard) and the merchant's (stores,
hours, clerks)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
from tortoise.expressions import Subquery
from tortoise.timezone import now as utcnow

from fenxiao.core.models import Order
from fenxiao.core.privacy import mask_name, mask_phone
from fenxiao.plugins import (
    AMOUNT,
    MAX_QUANTITY,
    MEMBER,
    PUBLIC,
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
    SchemaContribution,
    decode_id,
    encode_id,
    graphql_enum,
    node_ref,
    paginate,
    Range,
    ranged,
)
from fenxiao.plugins.store_pickup import models as m
from fenxiao.plugins.store_pickup import rules, service
from fenxiao.schema import references
from fenxiao.schema.relay import PageInfo, forward_page, forward_window

NAME = service.NAME
CLERK = HasRole(service.ROLE)
CLERK_OR_STAFF = HasRole(service.ROLE, "staff")
StoreStatusEnum = graphql_enum(m.StoreStatus)
PickupStatusEnum = graphql_enum(m.PickupStatus)
OrderNode = node_ref("Order")
VerificationNode = node_ref("StoreVerification")
ClerkNode = node_ref("StoreClerk")
PAGE, MAX_PAGE = 20, 100


def _guard(permission: Any, audit: bool | None = None) -> Guard:
    return Guard(permission, plugin=NAME, audit=audit)


@strawberry.type
class StoreOpening:
    weekday: int = strawberry.field(description="0 Monday … 6 Sunday")
    opens: str
    closes: str


@strawberry.type
class StoreDayException:
    date: date
    opens: str | None = strawberry.field(description="null: closed all day")
    closes: str | None
    note: str


@strawberry.type(description="A store: a place buyers pick up at or are delivered from, and a warehouse of the merchant.")
class Store:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Store", self.id))

    @strawberry.field
    def code(self) -> str:
        return self.code

    @strawberry.field
    def name(self) -> str:
        return self.name

    @strawberry.field
    def phone(self) -> str:
        return self.phone

    @strawberry.field(description="its region (GB/T 2260 or the merchant's own code)")
    def region_code(self) -> str:
        return self.region_code

    @strawberry.field(description="its region in the hierarchy, from the province down")
    def region_path(self) -> list[str]:
        return service.region_path(self.region_code)

    @strawberry.field
    def address(self) -> str:
        return self.address

    @strawberry.field
    def latitude(self) -> float:
        return self.latitude

    @strawberry.field
    def longitude(self) -> float:
        return self.longitude

    @strawberry.field
    def time_zone(self) -> str:
        return self.time_zone

    @strawberry.field
    def status(self) -> StoreStatusEnum:
        return self.status

    @strawberry.field(description="minutes the store needs to get an order ready")
    def lead_minutes(self) -> int:
        return self.lead_minutes

    @strawberry.field(description="days goods wait at the counter (null: the merchant's setting)")
    def pickup_days(self) -> int | None:
        return self.pickup_days

    @strawberry.field(description="same-city delivery radius; 0: the store does not deliver")
    def delivery_radius_km(self) -> float:
        return self.delivery_radius_m / 1000

    @strawberry.field(description="same-city delivery fee (null: the merchant's)")
    def delivery_fee(self, info: strawberry.Info) -> Money | None:
        return None if self.delivery_fee is None else Money(minor=self.delivery_fee, currency=info.context.currency)

    @strawberry.field(description="the weekly hours, in the store's time zone")
    async def hours(self) -> list[StoreOpening]:
        rows = list(self.hours) if self.hours._fetched else await self.hours.all()
        return [StoreOpening(weekday=h.weekday, opens=rules.clock(h.opens), closes=rules.clock(h.closes))
                for h in sorted(rows, key=lambda h: (h.weekday, h.opens))]

    @strawberry.field(description="dated exceptions from today on (the store's today): holidays, closures, special hours")
    async def exceptions(self) -> list[StoreDayException]:
        today = rules.local_moment(utcnow(), self.time_zone).day
        rows = list(self.exceptions) if self.exceptions._fetched else await self.exceptions.all()
        return [StoreDayException(date=e.date, opens=None if e.opens is None else rules.clock(e.opens),
                                  closes=None if e.closes is None else rules.clock(e.closes), note=e.note)
                for e in sorted(rows, key=lambda e: e.date) if e.date >= today]

    @strawberry.field(description="whether the store is open now, by its hours and today's exception, in its time zone")
    async def open_now(self) -> bool:
        moment = rules.local_moment(utcnow(), self.time_zone)
        hours = list(self.hours) if self.hours._fetched else await self.hours.all()
        exceptions = list(self.exceptions) if self.exceptions._fetched else await self.exceptions.filter(date=moment.day)
        return rules.is_open([rules.Interval(h.weekday, h.opens, h.closes) for h in hours],
                             [rules.DayException(e.date, e.opens, e.closes) for e in exceptions], moment)

    @strawberry.field(description="staff only: the warehouse holding the store's stock (receive goods into it with stockAdjust)")
    def warehouse_id(self, info: strawberry.Info) -> strawberry.ID | None:
        return strawberry.ID(encode_id("Warehouse", self.warehouse_id)) if info.context.is_staff() else None

    @strawberry.field(description="staff only: the member who receives the store commission")
    def manager_id(self, info: strawberry.Info) -> strawberry.ID | None:
        if not info.context.is_staff() or self.manager_id is None:
            return None
        return strawberry.ID(encode_id("User", self.manager_id))

    @strawberry.field(description="staff only: the store commission rate (null: the merchant's)")
    def store_bps(self, info: strawberry.Info) -> int | None:
        return self.store_bps if info.context.is_staff() else None

    @strawberry.field(description="staff only: the clerk commission rate (null: the merchant's)")
    def clerk_bps(self, info: strawberry.Info) -> int | None:
        return self.clerk_bps if info.context.is_staff() else None


@strawberry.type
class StoreNearEdge:
    node: Store
    distance_m: int = strawberry.field(description="great-circle distance from the point asked about, in metres")
    cursor: str


@strawberry.type(description="Stores near a point, nearest first.")
class StoreNearConnection:
    edges: list[StoreNearEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type(description="An order a store fulfils, as the counter sees it (the buyer masked).")
class StorePickup:
    @strawberry.field
    def order_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Order", self.order_id))

    @strawberry.field
    def store_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Store", self.store_id))

    @strawberry.field(description="pickup or store_delivery")
    def method(self) -> str:
        return self.method

    @strawberry.field
    def status(self) -> PickupStatusEnum:
        return self.status

    @strawberry.field(description="lines marked ready so far")
    def ready_line_ids(self) -> list[strawberry.ID]:
        return [strawberry.ID(encode_id("OrderLine", line_id)) for line_id in self.ready_line_ids]

    @strawberry.field
    def ready_at(self) -> datetime | None:
        return self.ready_at

    @strawberry.field(description="when the pickup window ends")
    def expires_at(self) -> datetime | None:
        return self.expires_at

    @strawberry.field
    def extended(self) -> bool:
        return self.extended

    @strawberry.field
    def picked_up_at(self) -> datetime | None:
        return self.picked_up_at

    @strawberry.field(description="same-city delivery: metres from the store")
    def distance_m(self) -> int | None:
        return self.distance_m


@strawberry.type(description="The buyer's pickup: the code to show at the counter, only to the buyer.")
class MyPickup:
    pickup: StorePickup
    store: Store
    ready_by: datetime = strawberry.field(description="when the store expects to have it ready (placed + the store's lead time)")
    code: str | None = strawberry.field(description="the code, grouped for reading aloud (1234 5678); null until ready")
    qr_payload: str | None = strawberry.field(description="what the QR code shown to the clerk holds")


@strawberry.type
class PickupPreviewLine:
    line_id: strawberry.ID
    sku: str
    title: str
    quantity: int = strawberry.field(description="units still to hand over")


@strawberry.type(description="What a verification would hand over, and why it would be refused (problem), before confirming.")
class PickupPreview:
    order_number: str
    buyer_name: str
    buyer_phone: str
    pickup: StorePickup
    lines: list[PickupPreviewLine]
    problem_code: str | None
    problem: str | None


@strawberry.type
class StoreDashboard:
    waiting: int = strawberry.field(description="orders being prepared")
    ready: int = strawberry.field(description="orders waiting at the counter")
    picked_up: int
    expired: int
    verified_today: int = strawberry.field(description="handovers today, in the store's time zone")
    units_handed_over_today: int
    products_in_stock: int
    units_on_hand: int
    units_reserved: int
    commission: Money = strawberry.field(description="store commission earned on its orders (after reversals)")


# --- inputs ---


@strawberry.input
class StoreOpeningInput:
    weekday: int = ranged(m.WEEKDAY)
    opens: str = strawberry.field(description="HH:MM")
    closes: str = strawberry.field(description="HH:MM; earlier than opens: open past midnight; 24:00: till the end of the day")


@strawberry.input
class StoreExceptionInput:
    date: date
    opens: str | None = strawberry.field(default=None, description="leave both out: closed all day")
    closes: str | None = None
    note: str = ""


@strawberry.input
class StoreSaveInput:
    store_id: strawberry.ID | None = strawberry.field(default=None, description="leave out to open a new store")
    code: str
    name: str
    address: str
    latitude: float
    longitude: float
    region_code: str | None = strawberry.field(default=None, description="leave out to read it from the address (with regional agents on)")
    phone: str = ""
    time_zone: str | None = strawberry.field(default=None, description="IANA name; leave out for the merchant's")
    status: StoreStatusEnum = m.StoreStatus.OPEN
    lead_minutes: int = ranged(m.LEAD_MINUTES, "how long the store needs to get an order ready", default=120)
    pickup_days: int | None = ranged(m.PICKUP_DAYS, "days goods wait (leave out: the merchant's)", default=None)
    delivery_radius_km: float = strawberry.field(default=0, description="same-city delivery within this radius (0 to 100 km; 0: none)")
    delivery_fee: int | None = ranged(AMOUNT, "same-city delivery fee (leave out: the merchant's)", default=None)
    store_bps: int | None = ranged(RATE, "store commission (leave out: the merchant's)", default=None)
    clerk_bps: int | None = ranged(RATE, "clerk commission (leave out: the merchant's)", default=None)
    manager_id: strawberry.ID | None = strawberry.field(default=None, description=f"receives the store commission: {references.MEMBER_ID}")
    hours: list[StoreOpeningInput] = strawberry.field(default_factory=list)
    exceptions: list[StoreExceptionInput] = strawberry.field(default_factory=list)


@strawberry.type
class StorePayload(Payload):
    store: Store | None = None


@strawberry.input
class StoreClerkAddInput:
    store_id: strawberry.ID
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)


@strawberry.input
class StoreClerkRemoveInput(StoreClerkAddInput):
    pass


@strawberry.type
class StoreClerkPayload(Payload):
    clerk: ClerkNode | None = None


@strawberry.input
class PickupMarkReadyInput:
    order_id: strawberry.ID
    line_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="leave out: every line still owed")


@strawberry.type
class PickupPayload(Payload):
    pickup: StorePickup | None = None
    order: OrderNode | None = None


@strawberry.input
class PickupLineInput:
    line_id: strawberry.ID
    quantity: int = ranged(Range(0, MAX_QUANTITY, "units"), "units the buyer takes (0: refuses the line)")


@strawberry.input
class PickupVerifyInput:
    store_id: strawberry.ID
    code: str | None = strawberry.field(default=None, description="the buyer's code (spaces and dashes ignored), or give orderId")
    order_id: strawberry.ID | None = None
    lines: list[PickupLineInput] | None = strawberry.field(
        default=None, description="what the buyer takes; lines or units left out are refused at the counter and refunded. "
                                  "Leave out: everything.")


@strawberry.type
class PickupVerifyPayload(Payload):
    verification: VerificationNode | None = None
    order: OrderNode | None = None


@strawberry.input
class PickupExtendInput:
    order_id: strawberry.ID


@strawberry.input
class StoreDeliverInput:
    order_id: strawberry.ID
    courier: str = strawberry.field(description="who carries it (name or phone), 1–64 characters")


def _opening_data(input: StoreSaveInput, ctx: Any, manager_id: int | None) -> service.StoreData:
    return service.StoreData(
        code=input.code, name=input.name, address=input.address, latitude=input.latitude, longitude=input.longitude,
        region_code=input.region_code, phone=input.phone, time_zone=input.time_zone, status=m.StoreStatus(input.status.value),
        lead_minutes=input.lead_minutes, pickup_days=input.pickup_days, delivery_radius_km=input.delivery_radius_km,
        delivery_fee=input.delivery_fee, store_bps=input.store_bps, clerk_bps=input.clerk_bps, manager_id=manager_id,
        hours=[service.Opening(h.weekday, h.opens, h.closes) for h in input.hours],
        exceptions=[service.Closure(e.date, e.opens, e.closes, e.note) for e in input.exceptions],
    )


def _time_zone_checked(value: str | None) -> None:
    if value is None:
        return
    from pydantic import TypeAdapter, ValidationError

    from fenxiao.plugins import TimeZoneName

    try:
        TypeAdapter(TimeZoneName).validate_python(value)
    except ValidationError:
        raise DomainError(ErrorCode.INVALID, "an IANA time zone such as Asia/Shanghai", "timeZone") from None


async def _store(ctx: Any, store_id: str, field: str = "storeId") -> m.Store:
    return await service.store_of(ctx.merchant.id, decode_id(store_id, "Store", field), field)


@strawberry.type
class StoreQuery:
    @strawberry.field(extensions=[_guard(PUBLIC)], description="Open stores within radiusKm of a point, nearest first, with the "
                                                               "distance; optionally only those open at openAt and holding every "
                                                               "product asked for.")
    async def stores_near(self, info: strawberry.Info, latitude: float, longitude: float, radius_km: float,
                          open_at: datetime | None = None, product_ids: list[strawberry.ID] | None = None,
                          first: int | None = None, after: str | None = None) -> StoreNearConnection:
        ctx = info.context
        start, size = forward_window(PageArgs(first=first, after=after), PAGE, MAX_PAGE)
        products = [decode_id(pid, "Product", f"productIds.{i}") for i, pid in enumerate(product_ids or [])]
        found = await service.near(ctx.merchant.id, latitude, longitude, radius_km, service.config(ctx.hooks()).max_radius_km,
                                   open_at, products, start, size + 1)
        kept, page_info = forward_page(found.rows, start, size)
        return StoreNearConnection(edges=[StoreNearEdge(node=row.store, distance_m=row.distance_m, cursor=cursor) for row, cursor in kept],
                                   total_count=found.total, page_info=page_info)

    @strawberry.field(extensions=[_guard(PUBLIC)], description="Stores in a region and the regions below it (a province's code "
                                                               "gives every store of the province), by code. Closed stores only for staff.")
    async def stores_by_region(self, info: strawberry.Info, region_code: str, first: int | None = None,
                               after: str | None = None) -> Connection[Store]:
        ctx = info.context
        code = region_code.strip()
        if not service.REGION_CODE.match(code):
            raise DomainError(ErrorCode.INVALID, "a region code such as 310000", "regionCode")
        queryset = m.Store.filter(merchant_id=ctx.merchant.id, region_code__startswith=service.region_prefix(code))
        if not ctx.is_staff():
            queryset = queryset.filter(status=m.StoreStatus.OPEN)
        return await paginate(queryset.order_by("region_code", "code").prefetch_related(*service.SHOWN_WITH_STORE),
                              PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(CLERK_OR_STAFF)], description="Every store of the merchant (for staff; a clerk: the stores "
                                                                        "they work at), by region and code, closed ones included.")
    async def stores(self, info: strawberry.Info, first: int | None = None, after: str | None = None) -> Connection[Store]:
        ctx = info.context
        queryset = m.Store.filter(merchant_id=ctx.merchant.id)
        if not ctx.is_staff():
            queryset = queryset.filter(id__in=Subquery(m.StoreClerk.filter(merchant_id=ctx.merchant.id, user_id=ctx.user.id, active=True).values("store_id")))
        return await paginate(queryset.order_by("region_code", "code").prefetch_related(*service.SHOWN_WITH_STORE),
                              PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(PUBLIC)], description="One store.")
    async def store(self, info: strawberry.Info, id: strawberry.ID) -> Store | None:
        ctx = info.context
        store = await m.Store.get_or_none(merchant_id=ctx.merchant.id, id=decode_id(id, "Store")).prefetch_related(*service.SHOWN_WITH_STORE)
        if store is None or (store.status == m.StoreStatus.CLOSED and not ctx.is_staff()):
            return None
        return store

    @strawberry.field(extensions=[_guard(MEMBER)], description="The pickup of one of your orders: the code to show at the counter.")
    async def my_pickup(self, info: strawberry.Info, order_id: strawberry.ID) -> MyPickup | None:
        ctx = info.context
        pickup = await m.StorePickup.get_or_none(merchant_id=ctx.merchant.id, order_id=decode_id(order_id, "Order", "orderId"),
                                                 order__buyer_id=ctx.user.id)
        if pickup is None:
            return None
        store = await m.Store.get(id=pickup.store_id)
        store_gid = encode_id("Store", store.id)
        live = pickup.live_code
        order = await Order.get(id=pickup.order_id)
        return MyPickup(pickup=pickup, store=store, ready_by=rules.ready_by(order.created_at, store.lead_minutes), code=rules.grouped(live) if live else None,
                        qr_payload=rules.qr_payload(store_gid, live) if live else None)

    @strawberry.field(extensions=[_guard(CLERK)], description="Before handing over: what the code or order would give, and why it "
                                                              "would be refused. Clerks of the store only.")
    async def pickup_preview(self, info: strawberry.Info, store_id: strawberry.ID, code: str | None = None,
                             order_id: strawberry.ID | None = None) -> PickupPreview:
        ctx = info.context
        store = await _store(ctx, store_id)
        seen = await service.preview(ctx.hooks(), store, code, None if order_id is None else decode_id(order_id, "Order", "orderId"))
        return PickupPreview(
            order_number=seen.order.number, buyer_name=mask_name(seen.order.ship_name), buyer_phone=mask_phone(seen.order.ship_phone),
            pickup=seen.pickup, lines=[PickupPreviewLine(line_id=strawberry.ID(encode_id("OrderLine", line.id)), sku=line.sku, title=line.title,
                                                         quantity=line.quantity - line.refunded_quantity) for line in seen.lines],
            problem_code=seen.problem.code if seen.problem else None, problem=seen.problem.message if seen.problem else None)

    @strawberry.field(extensions=[_guard(CLERK_OR_STAFF)], description="A store's orders by pickup status (the buyer masked), newest first.")
    async def store_pickups(self, info: strawberry.Info, store_id: strawberry.ID, status: PickupStatusEnum | None = None,
                            first: int | None = None, after: str | None = None) -> Connection[StorePickup]:
        ctx = info.context
        store = await _store(ctx, store_id)
        await service.require_clerk_or_staff(ctx.hooks(), store, ctx.is_staff())
        queryset = m.StorePickup.filter(merchant_id=ctx.merchant.id, store_id=store.id)
        if status is not None:
            queryset = queryset.filter(status=m.PickupStatus(status.value))
        return await paginate(queryset.order_by("-id"), PageArgs(first=first, after=after), PAGE, MAX_PAGE)

    @strawberry.field(extensions=[_guard(CLERK_OR_STAFF)], description="A store at a glance: orders by state, today's handovers, "
                                                                       "its stock, its commission.")
    async def store_dashboard(self, info: strawberry.Info, store_id: strawberry.ID) -> StoreDashboard:
        ctx = info.context
        store = await _store(ctx, store_id)
        await service.require_clerk_or_staff(ctx.hooks(), store, ctx.is_staff())
        board = await service.dashboard(store, utcnow())
        return StoreDashboard(waiting=board.waiting, ready=board.ready, picked_up=board.picked_up, expired=board.expired,
                              verified_today=board.verified_today, units_handed_over_today=board.units_today,
                              products_in_stock=board.products_in_stock, units_on_hand=board.units_on_hand,
                              units_reserved=board.units_reserved, commission=Money(minor=board.commission, currency=ctx.currency))


@strawberry.type
class StoreMutation:
    @strawberry.mutation(extensions=[_guard(STAFF)], description="Open a store (it becomes a warehouse of yours) or change one: "
                                                                 "details, hours (replaced), dated exceptions (replaced).")
    async def store_save(self, info: strawberry.Info, input: StoreSaveInput) -> StorePayload:
        ctx = info.context
        _time_zone_checked(input.time_zone)
        manager_id = await references.optional_member(ctx, input.manager_id, "managerId")
        store_id = None if input.store_id is None else decode_id(input.store_id, "Store", "storeId")
        store = await service.save_store(ctx.hooks(), store_id, _opening_data(input, ctx, manager_id))
        return StorePayload(store=await m.Store.get(id=store.id).prefetch_related(*service.SHOWN_WITH_STORE))

    @strawberry.mutation(extensions=[_guard(STAFF)], description="Make a member a clerk of a store: they verify pickups there "
                                                                 "and earn the clerk commission on what they sell or hand over.")
    async def store_clerk_add(self, info: strawberry.Info, input: StoreClerkAddInput) -> StoreClerkPayload:
        ctx = info.context
        store = await _store(ctx, input.store_id)
        member_id = await references.member(ctx, input.member_id, "memberId")
        return StoreClerkPayload(clerk=await service.add_clerk(ctx.hooks(), store, member_id))

    @strawberry.mutation(extensions=[_guard(STAFF)], description="A clerk no longer works at a store.")
    async def store_clerk_remove(self, info: strawberry.Info, input: StoreClerkRemoveInput) -> StoreClerkPayload:
        ctx = info.context
        store = await _store(ctx, input.store_id)
        member_id = await references.member(ctx, input.member_id, "memberId")
        await service.remove_clerk(ctx.hooks(), store, member_id)
        return StoreClerkPayload(clerk=None)

    @strawberry.mutation(extensions=[_guard(CLERK_OR_STAFF)], description="Lines (default: all) of a paid store order are ready. "
                                                                          "Once every line is, a pickup order is READY_FOR_PICKUP "
                                                                          "and the buyer gets a code.")
    async def pickup_mark_ready(self, info: strawberry.Info, input: PickupMarkReadyInput) -> PickupPayload:
        ctx = info.context
        line_ids = None if input.line_ids is None else [decode_id(v, "OrderLine", f"lineIds.{i}") for i, v in enumerate(input.line_ids)]
        order_id = decode_id(input.order_id, "Order", "orderId")
        pickup = await service.mark_ready(ctx.hooks(), order_id, line_ids, ctx.is_staff())
        return PickupPayload(pickup=pickup, order=await Order.get(id=order_id))

    @strawberry.mutation(extensions=[_guard(CLERK, audit=True)],
                         description="Hand an order over at the counter (核销), by code or order, at this store, by one of its clerks. "
                                     "What the buyer refuses is refunded. Refused when expired, at another store, already picked "
                                     "up, or while a refund request is open.")
    async def pickup_verify(self, info: strawberry.Info, input: PickupVerifyInput) -> PickupVerifyPayload:
        ctx = info.context
        store = await _store(ctx, input.store_id)
        order_id = None if input.order_id is None else decode_id(input.order_id, "Order", "orderId")
        handed = None if input.lines is None else [service.Handed(decode_id(line.line_id, "OrderLine", f"lines.{i}.lineId"), line.quantity)
                                                   for i, line in enumerate(input.lines)]
        verification = await service.verify(ctx.hooks(), store, input.code, order_id, handed)
        return PickupVerifyPayload(verification=verification, order=await Order.get(id=verification.order_id))

    @strawberry.mutation(extensions=[_guard(MEMBER)], description="The buyer asks the store to keep the goods longer, once.")
    async def pickup_extend(self, info: strawberry.Info, input: PickupExtendInput) -> PickupPayload:
        ctx = info.context
        pickup = await service.extend(ctx.hooks(), decode_id(input.order_id, "Order", "orderId"), ctx.is_staff())
        return PickupPayload(pickup=pickup, order=await Order.get(id=pickup.order_id))

    @strawberry.mutation(extensions=[_guard(CLERK_OR_STAFF)], description="The store sends a same-city delivery order on its way.")
    async def store_deliver(self, info: strawberry.Info, input: StoreDeliverInput) -> PickupPayload:
        ctx = info.context
        order = await service.deliver(ctx.hooks(), decode_id(input.order_id, "Order", "orderId"), input.courier, ctx.is_staff())
        return PickupPayload(pickup=await service.pickup_of(ctx.merchant.id, order.id), order=order)


def contribution() -> SchemaContribution:
    read_only = {"create": None, "update": None, "delete": None}
    return SchemaContribution(
        query=StoreQuery,
        mutation=StoreMutation,
        types=[Store, StorePickup],
        admin=[
            AdminModel(m.StoreClerk, read=STAFF, **read_only),
            AdminModel(m.StoreVerification, read=STAFF, default_order=("-id",), **read_only,
                       description="Every handover at a counter: store, order, clerk, when, what was taken and refused."),
        ],
    )


