"""The types a plugin and the core exchange: what hooks take and return, and the `ctx` every
per-merchant hook receives. The hookspecs (core/hookspecs.py) and the plugin manager
(core/plugins.py) both import them from here; plugin authors get them from `fenxiao.plugins`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict
from typing_extensions import Annotated

from fenxiao.core import unit_of_work
from fenxiao.core.errors import DomainError, ErrorCode

if TYPE_CHECKING:
    from fenxiao.core.models import Merchant, Product, User
    from fenxiao.core.plugins import HookRelay, MerchantPlugins, PluginManager

log = logging.getLogger("fenxiao.plugins")


def time_zone_name(name: str) -> str:
    """An IANA time zone name. `ZoneInfo` alone is not enough: "Asia" is a directory and a
    300-character name an OSError, not ZoneInfoNotFoundError."""
    if not 1 <= len(name) <= 64 or name.startswith(("/", ".")) or ".." in name:
        raise ValueError(f"unknown time zone {name[:64]!r}: use an IANA name such as Asia/Shanghai")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name[:64]!r}: use an IANA name such as Asia/Shanghai") from None
    return name


TimeZoneName = Annotated[str, AfterValidator(time_zone_name)]


class ConfigWarning(str):
    """A compliance or risk note about a configuration that names the setting it is about (`field`, the config
    model's field name), so a console shows it beside that setting. A plain string is a note about the whole."""

    field: str | None

    def __new__(cls, message: str, field: str | None = None) -> "ConfigWarning":
        note = super().__new__(cls, message)
        note.field = field
        return note


class PluginConfig(BaseModel):
    """Base of every plugin's config model: unknown keys are refused, defaults are the config of a new merchant."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def warnings(self) -> list[str]:
        """Compliance or risk notes the admin console shows next to this config (`ConfigWarning` to name the setting)."""
        return []


@dataclass(frozen=True)
class SalesMode:
    """How the dashboards tell this mode's orders apart (core/analytics.py): `condition` is an SQL condition on
    the order row `o` — an EXISTS on the plugin's own tables, say — that holds for orders sold through the mode.
    An order counts once, under the claiming mode of lowest `rank`; orders no mode claims are direct sales."""

    name: str
    rank: int
    condition: str


@dataclass(frozen=True)
class PendingWork:
    """Something waiting for the merchant's staff (applications to review, pickups at the counter): `rows` gives
    the merchant's rows waiting (a queryset, counted), shown on the dashboard under `name`."""

    name: str
    rows: Callable[[int], Any]


@dataclass(frozen=True)
class PluginInfo:
    name: str
    version: str
    title: str
    description: str = ""
    config_model: type[PluginConfig] = PluginConfig
    error_codes: dict[str, str] = field(default_factory=dict)
    sales_mode: SalesMode | None = None
    pending_work: tuple[PendingWork, ...] = ()


@dataclass(frozen=True)
class PluginModels:
    modules: tuple[str, ...]
    migrations: str  # folder holding one sub-folder per app label, as aerich expects


@dataclass(frozen=True)
class RoleInfo:
    """A membership role. A plugin's role is granted and removed by the plugin together with the
    record behind it (a distributor's row, a reseller's, a territory), never by hand; only a role
    marked `assignable` (no record stands behind it) is granted with `memberRolesSet`."""

    name: str
    title: str
    description: str = ""
    assignable: bool = False


@dataclass
class SchemaContribution:
    query: type | None = None
    mutation: type | None = None
    types: list[type] = field(default_factory=list)
    admin: list[Any] = field(default_factory=list)  # schema.admin.AdminModel


@dataclass(frozen=True)
class CommandSpec:
    """A `fenxiao <name>` subcommand a plugin adds (hook `fenxiao_commands`)."""

    name: str
    help: str
    add_arguments: Callable[[Any], None]
    run: Callable[[Any, "PluginManager"], Awaitable[int]]


@dataclass(frozen=True)
class PriceQuote:
    unit_price: int
    label: str = ""


@dataclass(frozen=True)
class Adjustment:
    amount: int  # negative: discount, positive: fee
    label: str
    source: str
    line_index: int | None = None


@dataclass(frozen=True)
class FulfillmentOption:
    code: str
    label: str
    shipping_fee: int
    source: str
    # False for orders fulfilled without goods leaving a warehouse (credits to a reseller's cloud
    # stock, say): no stock is reserved or shipped, and the order may complete straight from paid
    # (when a plugin asks for it with `ctx.intend(order, "complete")`).
    physical: bool = True
    # True when the buyer buys to sell on (a reseller's restock): recorded on the order as `for_resale`.
    for_resale: bool = False
    # The warehouses stock may be reserved in, in the order to try them (a store's own first, say);
    # None: any active warehouse of the merchant, by priority.
    warehouse_ids: tuple[int, ...] | None = None


@dataclass
class DraftLine:
    index: int
    product: Product
    quantity: int
    unit_price: int = 0
    price_label: str = ""


@dataclass
class OrderDraft:
    """An order being placed, before anything is written. Plugins read it and may add attribution."""

    merchant: Merchant
    buyer: User
    lines: list[DraftLine]
    address: dict[str, str]
    note: str = ""
    referral_code: str | None = None
    seller: User | None = None
    store_id: int | None = None
    fulfillment_method: str = "delivery"
    attribution: dict[str, Any] = field(default_factory=dict)
    coordinates: tuple[float, float] | None = None  # (latitude, longitude) of the address, when the buyer gave them

    @property
    def subtotal(self) -> int:
        return sum(line.unit_price * line.quantity for line in self.lines)


@dataclass(frozen=True)
class UnitFailure:
    """A unit of periodic work that failed (`HookContext.each_unit`): what, which item, why."""

    what: str
    item: str
    error: Exception


@dataclass
class HookContext:
    """What every per-merchant hook receives as `ctx`.

    - `ctx.hook.<name>(**kwargs)` calls a hook of the merchant's enabled plugins (ctx passed);
    - `ctx.config(name)`, `ctx.enabled(name)`: the merchant's plugins;
    - `ctx.defer(callback)`: work for after the open unit of work commits;
    - `ctx.intend(order, "complete")`: ask the core to move an order once every plugin has reacted;
    - `ctx.each_unit(...)`: periodic work, one item per unit of work, failures isolated.
    """

    merchant: Merchant
    user: User | None
    plugins: MerchantPlugins
    failures: list[UnitFailure] = field(default_factory=list)

    @property
    def hook(self) -> HookRelay:
        from fenxiao.core.plugins import HookRelay

        return HookRelay(self.plugins.caller, {"ctx": self})

    def defer(self, callback: Callable[[], Awaitable[None]]) -> None:
        """Run `callback` after the open unit of work commits (notifications, webhooks); never if it rolls back."""
        unit_of_work.current().after_commit(callback)

    def intend(self, order: Any, action: str, reason: str = "") -> None:
        """Ask the core to move `order` by `action` ("complete", "cancel").

        A plugin never moves an order itself from a hook: the core makes the transition
        once every plugin has reacted to the current step, in the same unit of work
        (or before the unit commits, for periodic work). An intent the order's status no
        longer allows is dropped (and logged)."""
        from fenxiao.core.services.orders import intend

        intend(self, order, action, reason)

    def config(self, plugin: str) -> PluginConfig:
        return self.plugins.configs[plugin]

    def enabled(self, plugin: str) -> bool:
        return self.plugins.enabled(plugin)

    async def each_unit(self, what: str, items: Iterable[Any], work: Callable[[Any], Awaitable[Any]]) -> int:
        """Periodic work (`fenxiao settle`): `work(item)` for each item, each in its own unit of work.

        A unit commits or rolls back whole, so a crash at any point leaves every item done or
        not done, and a rerun picks up what is left (called inside an open unit of work, as the
        demo does, each item is a savepoint of it). An INVALID_TRANSITION `DomainError` means
        the item moved on meanwhile (another runner did it): skipped. Any other exception is
        logged with its cause and recorded in `self.failures` (the command exits non-zero),
        and the next items still run. Returns how many items `work` did something for
        (returned a truthy value, or None)."""
        done = 0
        # Inside an open unit of work (the demo loads everything in one), each item is a savepoint of it.
        unit = unit_of_work.savepoint if unit_of_work.is_open() else unit_of_work.unit_of_work
        for item in items:
            try:
                async with unit():
                    result = await work(item)
            except DomainError as error:
                if error.code == ErrorCode.INVALID_TRANSITION.name:  # moved on meanwhile: nothing left to do
                    log.info("%s: %s skipped for merchant %s: %s", what, item, self.merchant.slug, error.message)
                    continue
                log.error("%s refused for %s of merchant %s: %s", what, item, self.merchant.slug, error)
                self.failures.append(UnitFailure(what, str(item), error))
                continue
            except Exception as error:  # noqa: BLE001 - isolated: logged, reported, the rest goes on
                log.exception("%s failed for %s of merchant %s", what, item, self.merchant.slug)
                self.failures.append(UnitFailure(what, str(item), error))
                continue
            done += result is None or bool(result)
        return done
