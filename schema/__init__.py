"""The GraphQL schema, composed at start-up from the core and every installed plugin.

`build_schema(manager, settings)`:
1. generates the admin node types and CRUD operations of the core's and the
   plugins' `AdminModel` declarations (schema/admin.py);
2. merges the core's query and mutation classes with the plugins' (each
   plugin field is marked with its plugin, so it answers PLUGIN_DISABLED to
   merchants that have not enabled it);
3. adds the plugins' error codes to the ErrorCode enum.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from fenxiao.core.plugins import PluginManager
from fenxiao.core.settings import Settings
from fenxiao.schema.admin import AdminRegistry
from fenxiao.schema.core_admin import CORE_ADMIN
from fenxiao.schema.errors import extend_error_codes
from fenxiao.schema.execution import FenxiaoExecutor, call_resolvers_directly
from fenxiao.schema.identity import IdentityMutation, IdentityQuery
from fenxiao.schema.meta import MetaQuery
from fenxiao.schema.analytics import AnalyticsQuery
from fenxiao.schema.limits import document_error_code, extensions, is_unexpected, log, request_id
from fenxiao.schema.orders import OrderMutation, OrderQuery
from fenxiao.schema.permissions import PUBLIC, Guard, guard_of
from fenxiao.schema.plugins import PluginMutation, PluginQuery
from fenxiao.schema.relay import Node, decode_any_id
from fenxiao.schema.scalars import SCALARS
from fenxiao.schema.gateways import GatewayMutation, GatewayQuery
from fenxiao.schema.wallet import WalletMutation, WalletQuery


class FenxiaoSchema(strawberry.Schema):
    admin: AdminRegistry

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Log what went wrong unexpectedly; refusals and invalid documents are the client's business.

        Every error leaves with a code: an invalid document gets its code here (the parser's errors
        never reach the extensions), unexpected ones are masked by `MaskUnexpectedErrors`."""
        for error in errors:
            if is_unexpected(error):
                log.error("request %s failed at %s", request_id(execution_context), error.path, exc_info=error.original_error)
            elif not (error.extensions or {}).get("code"):
                error.extensions = {**(error.extensions or {}), "code": document_error_code(error)}


def _node_query(registry: AdminRegistry) -> type:
    async def node(info: strawberry.Info, id: strawberry.ID) -> Node | None:
        type_name, pk = decode_any_id(id)
        return await registry.node(info.context, type_name, pk)

    return strawberry.type(type("NodeQuery", (), {
        "node": strawberry.field(resolver=node, extensions=[Guard(PUBLIC)], description="Any object by its global ID, if you may see it."),
    }))


def _mark_plugin_fields(cls: type, plugin: str) -> type:
    for field in cls.__strawberry_definition__.fields:
        guard = guard_of(field)
        if guard is None:
            raise TypeError(f"{plugin}: field {cls.__name__}.{field.python_name} has no Guard(permission)")
        guard.plugin = plugin
    return cls


def build_schema(manager: PluginManager, settings: Settings) -> FenxiaoSchema:
    contributions = manager.contributions(manager.hook.fenxiao_schema)
    specs = list(CORE_ADMIN)
    for plugin, contribution in contributions.items():
        for spec in contribution.admin:
            spec.plugin = plugin
            specs.append(spec)
    registry = AdminRegistry(specs, settings.max_page_size, settings.default_page_size).build()

    queries: list[type] = [IdentityQuery, OrderQuery, WalletQuery, PluginQuery, GatewayQuery, MetaQuery, AnalyticsQuery, _node_query(registry),
                           strawberry.type(type("AdminQuery", (), dict(registry.query_fields)))]
    mutations: list[type] = [IdentityMutation, OrderMutation, WalletMutation, PluginMutation, GatewayMutation,
                             strawberry.type(type("AdminMutation", (), dict(registry.mutation_fields)))]
    extra_types: list[type] = list(registry.types)
    for plugin, contribution in sorted(contributions.items()):
        if contribution.query is not None:
            queries.append(_mark_plugin_fields(contribution.query, plugin))
        if contribution.mutation is not None:
            mutations.append(_mark_plugin_fields(contribution.mutation, plugin))
        extra_types.extend(contribution.types)

    schema = FenxiaoSchema(
        query=merge_types("Query", tuple(queries)),
        mutation=merge_types("Mutation", tuple(mutations)),
        types=extra_types,
        extensions=extensions(settings),
        execution_context_class=FenxiaoExecutor,
        config=StrawberryConfig(disable_field_suggestions=not settings.field_suggestions, scalar_map=SCALARS,
                                batching_config={"max_operations": settings.max_batch}),
    )
    extend_error_codes(schema._schema, manager.error_codes())
    call_resolvers_directly(schema)
    schema.admin = registry
    return schema
