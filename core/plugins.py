"""The plugin manager: discovery, per-merchant enablement and configuration, hook calls.

A plugin is any object with `fenxiao_*` hook implementations (see
core/hookspecs.py); most subclass `Plugin`, which turns a few class attributes
into the contribution hooks. Built-in and third-party plugins are found the
same way: through the `fenxiao.plugins` entry-point group.

Per merchant, hooks run only for the plugins the merchant enabled. The set of
enabled plugins and their validated configs (`MerchantPlugins`) is cached per
worker, keyed by the merchant's `plugins_version`, a random stamp every change
renews (`plugins_changed`): another worker sees the new stamp on its next
request and rebuilds.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pluggy
from pydantic import BaseModel, ConfigDict, ValidationError

from core import hookspecs
from core.errors import DomainError, DomainErrors, ErrorCode
from core.hookspecs import PROJECT, hookimpl

if TYPE_CHECKING:
    from core.models import Merchant, Product, User

ENTRY_POINT_GROUP = "fenxiao.plugins"
log = logging.getLogger("fenxiao.plugins")
MERCHANT_CACHE_SIZE = 10_000


class PluginConfig(BaseModel):
    """Base of every plugin's config model: unknown keys are refused, defaults are the config of a new merchant."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def warnings(self) -> list[str]:
        """Compliance or risk notes the admin console shows next to this config."""
        return []


@dataclass(frozen=True)
class PluginInfo:
    name: str
    version: str
    title: str
    description: str = ""
    config_model: type[PluginConfig] = PluginConfig
    error_codes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PluginModels:
    modules: tuple[str, ...]
    migrations: str  # folder holding one sub-folder per app label, as aerich expects


@dataclass(frozen=True)
class RoleInfo:
    name: str
    title: str
    description: str = ""


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
    # stock, say): no stock is reserved or shipped, and the order completes straight from paid.
    physical: bool = True


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

    @property
    def subtotal(self) -> int:
        return sum(line.unit_price * line.quantity for line in self.lines)


class Plugin:
    """Convenience base: set the class attributes, implement the hooks you need.

    See docs/plugins.md for a complete example.
    """

    name: str = ""
    version: str = "0.0.0"
    title: str = ""
    description: str = ""
    Config: type[PluginConfig] = PluginConfig
    error_codes: dict[str, str] = {}
    roles: tuple[RoleInfo, ...] = ()
    models: tuple[str, ...] = ()
    migrations: str | None = None

    @hookimpl
    def fenxiao_plugin_info(self) -> PluginInfo:
        return PluginInfo(
            name=self.name,
            version=self.version,
            title=self.title or self.name,
            description=self.description,
            config_model=self.Config,
            error_codes=dict(self.error_codes),
        )

    @hookimpl
    def fenxiao_models(self) -> PluginModels | None:
        if not self.models:
            return None
        if not self.migrations:
            raise TypeError(f"plugin {self.name} declares models but no migrations folder")
        return PluginModels(modules=tuple(self.models), migrations=self.migrations)

    @hookimpl
    def fenxiao_roles(self) -> list[RoleInfo]:
        return list(self.roles)


def _ordered_impls(caller: pluggy.HookCaller) -> list:
    """Implementations in pluggy's calling order (tryfirst first, last registered first)."""
    return [impl for impl in reversed(caller.get_hookimpls()) if not (impl.hookwrapper or impl.wrapper)]


async def _run(impl, kwargs: dict[str, Any]) -> Any:
    result = impl.function(*[kwargs[name] for name in impl.argnames])
    if inspect.isawaitable(result):
        result = await result
    return result


class MerchantPlugins:
    """The plugins one merchant enabled, their configs, and hook callers that skip the others."""

    def __init__(self, manager: PluginManager, merchant_id: int, version: int, configs: dict[str, PluginConfig]):
        self.manager = manager
        self.merchant_id = merchant_id
        self.version = version
        self.configs = configs
        self._callers: dict[str, pluggy.HookCaller] = {}
        self._removed = [
            plugin for name, plugin in manager.plugins.items() if name not in configs
        ]

    def enabled(self, name: str) -> bool:
        return name in self.configs

    def caller(self, hook: str) -> pluggy.HookCaller:
        caller = self._callers.get(hook)
        if caller is None:
            caller = self.manager.pm.subset_hook_caller(hook, remove_plugins=self._removed)
            self._callers[hook] = caller
        return caller

    async def call(self, hook: str, **kwargs: Any) -> list[Any]:
        """Every enabled implementation, awaited in order; None results are dropped."""
        results = []
        for impl in _ordered_impls(self.caller(hook)):
            result = await _run(impl, kwargs)
            if result is not None:
                results.append(result)
        return results

    async def first(self, hook: str, **kwargs: Any) -> Any:
        """The first non-None result (for firstresult hooks)."""
        for impl in _ordered_impls(self.caller(hook)):
            result = await _run(impl, kwargs)
            if result is not None:
                return result
        return None


@dataclass
class HookContext:
    """What every per-merchant hook receives as `ctx`.

    `defer(callback)` queues work for after the current transaction commits
    (the GraphQL mutation guard and `fenxiao settle` run the queue).
    """

    merchant: Merchant
    user: User | None
    plugins: MerchantPlugins
    deferred: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def defer(self, callback: Callable[[], Awaitable[None]]) -> None:
        self.deferred.append(callback)

    async def run_deferred(self) -> None:
        callbacks, self.deferred = self.deferred, []
        for callback in callbacks:
            try:
                await callback()
            except Exception:  # after commit nothing may undo the change: log and go on
                log.exception("after-commit hook failed for merchant %s", self.merchant.slug)

    def config(self, plugin: str) -> PluginConfig:
        return self.plugins.configs[plugin]

    def enabled(self, plugin: str) -> bool:
        return self.plugins.enabled(plugin)

    async def call(self, hook: str, **kwargs: Any) -> list[Any]:
        return await self.plugins.call(hook, ctx=self, **kwargs)

    async def first(self, hook: str, **kwargs: Any) -> Any:
        return await self.plugins.first(hook, ctx=self, **kwargs)


class PluginManager:
    """One per app (made by the app factory or the CLI; nothing is registered at import)."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.plugins: dict[str, object] = {}
        self.infos: dict[str, PluginInfo] = {}
        self._merchants: OrderedDict[int, MerchantPlugins] = OrderedDict()
        self._gateways: dict[str, Any] | None = None

    @classmethod
    def discover(cls, extra: tuple[object, ...] = ()) -> PluginManager:
        """Register every plugin of the `fenxiao.plugins` entry-point group, then `extra` ones."""
        manager = cls()
        for entry_point in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            manager.register(entry_point.load())
        for plugin in extra:
            manager.register(plugin)
        return manager

    def register(self, plugin: object) -> PluginInfo:
        if inspect.isclass(plugin):
            plugin = plugin()
        info_hook = getattr(plugin, "fenxiao_plugin_info", None)
        if info_hook is None:
            raise TypeError(f"{plugin!r} has no fenxiao_plugin_info hook")
        info: PluginInfo = info_hook()
        if not info.name.isidentifier() or info.name == "core":
            raise ValueError(f"plugin name {info.name!r} must be an identifier other than 'core'")
        if info.name in self.plugins:
            raise ValueError(f"plugin {info.name!r} is registered twice")
        self.pm.register(plugin, name=info.name)
        self.plugins[info.name] = plugin
        self.infos[info.name] = info
        return info

    def contributions(self, hook: str) -> dict[str, Any]:
        """A start-up hook's result per plugin name (plugins that return None are left out)."""
        results = {}
        for name, plugin in self.plugins.items():
            function = getattr(plugin, hook, None)
            if function is not None and (value := function()) is not None:
                results[name] = value
        return results

    def models(self) -> dict[str, PluginModels]:
        return self.contributions("fenxiao_models")

    def roles(self) -> dict[str, RoleInfo]:
        roles = {}
        for declared in self.contributions("fenxiao_roles").values():
            for role in declared:
                roles[role.name] = role
        return roles

    def gateways(self) -> dict[str, Any]:
        """Payment gateways by name: the core's manual one and those plugins contribute."""
        if self._gateways is None:
            from core.payments import ManualGateway, PaymentGateway

            gateways: dict[str, Any] = {ManualGateway.name: ManualGateway()}
            for contributed in self.contributions("fenxiao_payment_gateways").values():
                for gateway in contributed:
                    if not isinstance(gateway, PaymentGateway):
                        raise TypeError(f"{gateway!r} does not implement core.payments.PaymentGateway")
                    gateways[gateway.name] = gateway
            self._gateways = gateways
        return self._gateways

    def gateway(self, name: str) -> Any:
        gateway = self.gateways().get(name)
        if gateway is None:
            raise DomainError(ErrorCode.NOT_FOUND, f"no payment gateway {name!r}", "gateway")
        return gateway

    def error_codes(self) -> dict[str, str]:
        codes = {}
        for info in self.infos.values():
            codes.update(info.error_codes)
        return codes

    # --- per merchant ---

    def validate_config(self, plugin: str, data: dict[str, Any] | None) -> PluginConfig:
        """The plugin's config model from `data`, or DomainErrors naming each bad field."""
        info = self.infos.get(plugin)
        if info is None:
            raise DomainError(ErrorCode.NOT_FOUND, f"no plugin named {plugin!r} is installed", "plugin")
        try:
            return info.config_model.model_validate(data or {})
        except ValidationError as exc:
            raise DomainErrors(
                [
                    DomainError(
                        ErrorCode.CONFIG_INVALID,
                        error["msg"],
                        ".".join(["config", *(str(part) for part in error["loc"])]),
                    )
                    for error in exc.errors()
                ]
            ) from None

    async def for_merchant(self, merchant: Merchant) -> MerchantPlugins:
        cached = self._merchants.get(merchant.id)
        if cached is not None and cached.version == merchant.plugins_version:
            self._merchants.move_to_end(merchant.id)
            return cached
        from core.models import MerchantPlugin

        rows = await MerchantPlugin.filter(merchant_id=merchant.id, enabled=True).values_list("plugin", "config")
        configs = {}
        for name, config in rows:
            if name in self.infos:  # a plugin uninstalled since is simply off
                configs[name] = self.infos[name].config_model.model_validate(config)
        plugins = MerchantPlugins(self, merchant.id, merchant.plugins_version, configs)
        self._merchants[merchant.id] = plugins
        self._merchants.move_to_end(merchant.id)
        while len(self._merchants) > MERCHANT_CACHE_SIZE:
            self._merchants.popitem(last=False)
        return plugins

    def forget(self, merchant_id: int) -> None:
        self._merchants.pop(merchant_id, None)

    def forget_all(self) -> None:
        self._merchants.clear()

    async def plugins_changed(self, merchant: Merchant) -> None:
        """Renew the merchant's stamp after its plugin rows changed, so every worker rebuilds its callers.

        A random stamp rather than a counter: a counter could come back to a value a
        worker has cached (a restored backup, another database behind the same worker).
        """
        from core.models import Merchant as MerchantModel

        merchant.plugins_version = secrets.randbits(31)
        await MerchantModel.filter(id=merchant.id).update(plugins_version=merchant.plugins_version)
        self.forget(merchant.id)

    async def context(self, merchant: Merchant, user: User | None) -> HookContext:
        return HookContext(merchant=merchant, user=user, plugins=await self.for_merchant(merchant))
