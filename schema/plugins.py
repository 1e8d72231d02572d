"""Plugins: which are installed, which the merchant enabled, and their configuration."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON
from tortoise.timezone import now as utcnow

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import MerchantPlugin as MerchantPluginModel
from fenxiao.schema.errors import Payload
from fenxiao.schema.permissions import OWNER, STAFF, Guard


@strawberry.type(description="A compliance or risk note about a plugin's configuration.")
class ConfigWarning:
    field: str | None = strawberry.field(description="the setting it is about (a key of `configSchema.properties`); null: the whole")
    message: str


@strawberry.type(description="A plugin as this merchant has it: installed, enabled or not, configured.")
class MerchantPlugin:
    plugin: str
    version: str
    title: str
    description: str
    enabled: bool
    config: JSON = strawberry.field(description="the current configuration (defaults if never configured)")
    config_schema: JSON = strawberry.field(description="JSON Schema of the configuration, for forms")
    warnings: list[ConfigWarning] = strawberry.field(description="compliance or risk notes about the current configuration")


@strawberry.input
class MerchantPluginConfigureInput:
    plugin: str
    enabled: bool
    config: JSON | None = strawberry.field(
        default=None, description="the fields to change, merged into the stored configuration (RFC 7396 JSON merge patch: "
                                  "objects merge, other values replace, null resets a field to its default); omitted: keep it")
    replace_config: bool = strawberry.field(
        default=False, description="true: `config` is the whole configuration (fields left out take their defaults)")


@strawberry.type
class MerchantPluginConfigurePayload(Payload):
    merchant_plugin: MerchantPlugin | None = None


def merge_patch(target: Any, patch: Any) -> Any:
    """`patch` applied to `target` as RFC 7396 says: objects merge key by key, null removes a key
    (the field takes its default again), any other value replaces. Lists replace whole."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


def _describe(manager, name: str, row: MerchantPluginModel | None) -> MerchantPlugin:
    info = manager.infos[name]
    config = info.config_model.model_validate(row.config if row else {})
    return MerchantPlugin(
        plugin=name, version=info.version, title=info.title, description=info.description,
        enabled=bool(row and row.enabled), config=config.model_dump(mode="json"),
        config_schema=info.config_model.model_json_schema(),
        warnings=[ConfigWarning(field=getattr(note, "field", None), message=str(note)) for note in config.warnings()],
    )


@strawberry.type
class PluginQuery:
    @strawberry.field(extensions=[Guard(STAFF)], description="Every installed plugin with this merchant's state and config.")
    async def merchant_plugins(self, info: strawberry.Info) -> list[MerchantPlugin]:
        ctx = info.context
        rows = {row.plugin: row for row in await MerchantPluginModel.filter(merchant_id=ctx.merchant.id)}
        return [_describe(ctx.manager, name, rows.get(name)) for name in sorted(ctx.manager.infos)]


@strawberry.type
class PluginMutation:
    @strawberry.mutation(extensions=[Guard(OWNER)], description="Turn a plugin on or off and set its configuration (validated).")
    async def merchant_plugin_configure(self, info: strawberry.Info, input: MerchantPluginConfigureInput) -> MerchantPluginConfigurePayload:
        ctx = info.context
        manager = ctx.manager
        row = await MerchantPluginModel.filter(merchant_id=ctx.merchant.id, plugin=input.plugin).select_for_update().first()
        before = {"enabled": row.enabled, "config": row.config} if row else None
        if input.config is not None and not isinstance(input.config, dict):
            raise DomainError(ErrorCode.CONFIG_INVALID, "the configuration is an object of fields", "config")
        current = row.config if row else {}
        if input.replace_config:
            data = input.config or {}
        else:
            data = merge_patch(current, input.config) if input.config is not None else current
        config = manager.validate_config(input.plugin, data)
        stored = config.model_dump(mode="json")
        if row is None:
            row = await MerchantPluginModel.create(merchant_id=ctx.merchant.id, plugin=input.plugin, enabled=input.enabled, config=stored)
        else:
            row.enabled, row.config, row.updated_at = input.enabled, stored, utcnow()
            await row.save()
        ctx.audit("MerchantPlugin", input.plugin, before, {"enabled": row.enabled, "config": row.config})
        await manager.plugins_changed(ctx.merchant)
        await ctx.use_merchant(ctx.merchant)
        return MerchantPluginConfigurePayload(merchant_plugin=_describe(manager, input.plugin, row))
