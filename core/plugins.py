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
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pluggy
from pydantic import ValidationError

from fenxiao.core import hookspecs
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.hookspecs import PROJECT, hookimpl
from fenxiao.core.plugin_types import (
    HookContext,
    PluginConfig,
    PendingWork,
    PluginInfo,
    SalesMode,
    PluginModels,
    RoleInfo,
)

if TYPE_CHECKING:
    from fenxiao.core.models import Merchant, User

ENTRY_POINT_GROUP = "fenxiao.plugins"
log = logging.getLogger("fenxiao.plugins")
MERCHANT_CACHE_SIZE = 10_000


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
    sales_mode: SalesMode | None = None
    pending_work: tuple[PendingWork, ...] = ()

    @hookimpl
    def fenxiao_plugin_info(self) -> PluginInfo:
        return PluginInfo(
            name=self.name,
            version=self.version,
            title=self.title or self.name,
            description=self.description,
            config_model=self.Config,
            error_codes=dict(self.error_codes),
            sales_mode=self.sales_mode,
            pending_work=tuple(self.pending_work),
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


LIFECYCLE_HOOKS = frozenset({
    "fenxiao_order_placed", "fenxiao_order_paid", "fenxiao_order_commissions_granted", "fenxiao_order_shipped",
    "fenxiao_order_completed", "fenxiao_order_cancelled", "fenxiao_order_refunded", "fenxiao_member_joined",
})
# Set while plugins react to a change inside its transaction: the core refuses to move an order then.
_reacting: ContextVar[str | None] = ContextVar("fenxiao_reacting_hook", default=None)


def reacting_hook() -> str | None:
    """The lifecycle hook whose implementations are running now, if any (see core.services.orders.transition)."""
    return _reacting.get()


async def _run(impl: Any, kwargs: dict[str, Any]) -> Any:
    result = impl.function(*[kwargs[name] for name in impl.argnames])
    if inspect.isawaitable(result):
        result = await result
    return result


@dataclass(frozen=True)
class HookOutcome:
    """What one plugin's implementation gave (`AsyncHook.each`): its result, or the exception it raised."""

    plugin: str
    result: Any = None
    error: Exception | None = None


class AsyncHook:
    """One hook of a set of plugins, called as its hookspec says.

    `await hook(**kwargs)`: the implementations one after the other in pluggy's order
    (tryfirst first, then last registered first), each awaited, so they share the
    caller's transaction. A `firstresult` hookspec stops at the first result that is not
    None and returns it; any other returns the list of results that are not None. The
    hookspec decides, never the caller. Arguments are checked against the hookspec.
    """

    def __init__(self, caller: pluggy.HookCaller, fixed: dict[str, Any] | None = None) -> None:
        self.name = caller.name
        self._caller = caller
        spec = caller.spec
        if spec is None:
            raise AttributeError(f"{caller.name} is not a Fenxiao hook")
        self.firstresult = bool(spec.opts.get("firstresult"))
        self._argnames = tuple(spec.argnames)
        self._fixed = {name: value for name, value in (fixed or {}).items() if name in self._argnames}

    def _arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        arguments = {**self._fixed, **kwargs}
        if set(arguments) != set(self._argnames):
            raise TypeError(f"{self.name} takes {', '.join(self._argnames) or 'no arguments'}; got {', '.join(sorted(arguments)) or 'none'}")
        return arguments

    def _implementations(self) -> list[Any]:
        return list(reversed(self._caller.get_hookimpls()))

    async def __call__(self, **kwargs: Any) -> Any:
        arguments = self._arguments(kwargs)
        token = _reacting.set(self.name) if self.name in LIFECYCLE_HOOKS else None
        try:
            results = []
            for impl in self._implementations():
                result = await _run(impl, arguments)
                if result is not None:
                    if self.firstresult:
                        return result
                    results.append(result)
            return None if self.firstresult else results
        finally:
            if token is not None:
                _reacting.reset(token)

    async def each(self, **kwargs: Any) -> AsyncIterator[HookOutcome]:
        """Every implementation on its own, yielded as it finishes (`async for outcome in hook.each(…)`):
        one that raises is reported and the others still run.

        For work where one plugin's failure must not stop the others (periodic work, checks)."""
        arguments = self._arguments(kwargs)
        for impl in self._implementations():
            try:
                outcome = HookOutcome(impl.plugin_name, await _run(impl, arguments))
            except Exception as error:  # noqa: BLE001 - reported to the caller, who logs it with the plugin's name
                outcome = HookOutcome(impl.plugin_name, error=error)
            yield outcome


class HookRelay:
    """Hooks by attribute (`relay.fenxiao_order_paid(order=…)`), as pluggy's `pm.hook`, for a set of plugins.

    Arguments in `fixed` (the `ctx` of a merchant) are passed to every hook whose spec takes them."""

    def __init__(self, callers: Callable[[str], pluggy.HookCaller], fixed: dict[str, Any] | None = None) -> None:
        self._callers = callers
        self._fixed = fixed or {}

    def __getattr__(self, name: str) -> AsyncHook:
        if not name.startswith("fenxiao_"):
            raise AttributeError(name)
        return AsyncHook(self._callers(name), self._fixed)


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
            if not hasattr(self.manager.pm.hook, hook):
                raise AttributeError(f"{hook} is not a Fenxiao hook")
            caller = self.manager.pm.subset_hook_caller(hook, remove_plugins=self._removed)
            self._callers[hook] = caller
        return caller


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
        """Add a plugin. Refused: a hook name no hookspec declares (a typo would never be called)
        and pluggy hook wrappers (the core awaits implementations one by one, which a wrapper's
        generator cannot span)."""
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
        try:
            for caller in self.pm.get_hookcallers(plugin) or ():
                for impl in caller.get_hookimpls():
                    if impl.plugin is plugin and (impl.wrapper or impl.hookwrapper):
                        raise pluggy.PluginValidationError(
                            plugin, f"{info.name}: {caller.name} is a hook wrapper; Fenxiao calls hooks one by one and "
                                    "does not support wrappers (use tryfirst/trylast, or react in a later hook)")
            self.pm.check_pending()
        except pluggy.PluginValidationError:
            self.pm.unregister(plugin)
            raise
        self.plugins[info.name] = plugin
        self.infos[info.name] = info
        return info

    @property
    def hook(self) -> HookRelay:
        """Hooks of every installed plugin, enabled or not (start-up contributions, `fenxiao check`)."""
        return HookRelay(lambda name: getattr(self.pm.hook, name))

    def contributions(self, hook: AsyncHook) -> dict[str, Any]:
        """A start-up hook's result per plugin name (plugins that return None are left out).

        Contribution hooks are synchronous: they run while the app is being built."""
        results = {}
        for impl in hook._implementations():
            value = impl.function()
            if inspect.isawaitable(value):
                raise TypeError(f"{impl.plugin_name}: {hook.name} must not be async (it runs at start-up)")
            if value is not None:
                results[impl.plugin_name] = value
        return dict(sorted(results.items(), key=lambda item: list(self.plugins).index(item[0])))

    def models(self) -> dict[str, PluginModels]:
        return self.contributions(self.hook.fenxiao_models)

    def roles(self) -> dict[str, RoleInfo]:
        roles = {}
        for declared in self.contributions(self.hook.fenxiao_roles).values():
            for role in declared:
                roles[role.name] = role
        return roles

    def gateways(self) -> dict[str, Any]:
        """Payment gateways by name: the core's manual one and those plugins contribute."""
        if self._gateways is None:
            from fenxiao.core.payments import ManualGateway, PaymentGateway

            from fenxiao.core.gateways.online import AlipayGateway, WechatGateway

            gateways: dict[str, Any] = {ManualGateway.name: ManualGateway(), WechatGateway.name: WechatGateway(),
                                         AlipayGateway.name: AlipayGateway()}
            for contributed in self.contributions(self.hook.fenxiao_payment_gateways).values():
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
        from fenxiao.core.models import MerchantPlugin

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
        from fenxiao.core.models import Merchant as MerchantModel

        merchant.plugins_version = secrets.randbits(31)
        await MerchantModel.filter(id=merchant.id).update(plugins_version=merchant.plugins_version)
        self.forget(merchant.id)

    async def context(self, merchant: Merchant, user: User | None) -> HookContext:
        return HookContext(merchant=merchant, user=user, plugins=await self.for_merchant(merchant))
