"""What a client needs to build screens from the schema: the admin models' columns and what the caller may do.

The console (schema/web/) generates its list, detail and form pages from `adminModels` alone — no page is written
per model, so a third-party plugin's `AdminModel` gets its pages with no console code. `access` names the root
fields the caller may use in this merchant, so a client hides what the API would refuse (the API still decides).
Both are derived from the same declarations and guards the operations themselves use: they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any, Optional

import strawberry
from strawberry.scalars import JSON
from tortoise import fields as tf

from fenxiao.core.ranges import Range
from fenxiao.core.models.fields import RateField
from fenxiao.schema.admin import AdminModel, AdminRegistry, _Column, _columns, _required, _writable
from fenxiao.schema.inputs import camel
from fenxiao.schema.permissions import MEMBER, Guard, guard_of


@strawberry.enum(description="How a column is shown and edited.")
class ColumnKind(enum.Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    JSON = "json"
    MONEY = "money"
    RATE = "rate"
    ENUM = "enum"
    REFERENCE = "reference"


@strawberry.type(description="One column of an admin model, as the generated operations expose it.")
class AdminColumn:
    name: str = strawberry.field(description="the node's field (a reference: `<name>Id`, the global ID)")
    kind: ColumnKind
    nullable: bool
    description: str | None
    enum_values: list[str] = strawberry.field(description="the enum's values, for ENUM")
    target: str | None = strawberry.field(description="REFERENCE: the model referred to")
    target_list: str | None = strawberry.field(description="REFERENCE: the list query of the target, when it is an admin model (for pickers)")
    related: str | None = strawberry.field(description="REFERENCE: the node's field holding the related row, when it is exposed")
    order_field: str | None = strawberry.field(description="the value of `<Model>OrderField` sorting by this column, if it sorts")
    filters: list[str] = strawberry.field(description="the `<Model>Filter` fields on this column (name, nameIn, nameGte …)")
    on_create: bool = strawberry.field(description="in the create input")
    on_update: bool = strawberry.field(description="in the update input")
    required: bool = strawberry.field(description="must be given on create")
    max_length: int | None
    minimum: int | None = strawberry.field(description="the smallest accepted number (money: minor units; rates: basis points)")
    maximum: int | None


@strawberry.type(description="An admin model with generated operations: its queries, mutations and columns.")
class AdminModelInfo:
    name: str
    description: str | None
    plugin: str | None = strawberry.field(description="the plugin that declares it; null for the core's")
    list_field: str = strawberry.field(description="the connection query, e.g. products")
    get_field: str = strawberry.field(description="the single-row query, e.g. product")
    create_mutation: str | None = strawberry.field(description="null when the caller may not create")
    update_mutation: str | None
    delete_mutation: str | None
    default_order: list[str] = strawberry.field(description="columns of the default order (`-` for descending)")
    columns: list[AdminColumn]


@strawberry.type(description="The root fields the caller may use in this merchant (the API decides; clients hide the rest).")
class Access:
    queries: list[str]
    mutations: list[str]
    roles: list[str] = strawberry.field(description="the caller's roles in this merchant")


_KINDS: list[tuple[Any, ColumnKind]] = [
    (bool, ColumnKind.BOOLEAN), (dt.datetime, ColumnKind.DATETIME), (dt.date, ColumnKind.DATE),
    (Decimal, ColumnKind.DECIMAL), (float, ColumnKind.DECIMAL), (int, ColumnKind.INTEGER), (JSON, ColumnKind.JSON),
]


def _kind(column: _Column) -> ColumnKind:
    if column.kind == "money":
        return ColumnKind.MONEY
    if column.kind == "enum":
        return ColumnKind.ENUM
    if column.kind == "fk":
        return ColumnKind.REFERENCE
    if isinstance(column.field, RateField):
        return ColumnKind.RATE
    if column.python_type is str:
        return ColumnKind.LONG_TEXT if isinstance(column.field, tf.TextField) else ColumnKind.TEXT
    return next(kind for python_type, kind in _KINDS if column.python_type is python_type)


def _column(registry: AdminRegistry, spec: AdminModel, column: _Column, filter_fields: set[str]) -> AdminColumn:
    name = column.name + "_id" if column.kind == "fk" else column.name
    target = registry.specs.get(column.target) if column.target else None
    declared = Range.of_validators(column.field.validators) if column.python_type is int else None
    writable = _writable(column, spec)
    return AdminColumn(
        name=camel(name), kind=_kind(column), nullable=bool(column.field.null),
        description=None if column.kind == "enum" else column.field.description,
        enum_values=[member.name for member in column.field.enum_type] if column.kind == "enum" else [],
        target=column.target, target_list=target.plural if target is not None and target.read is not None else None,
        related=camel(column.name) if target is not None else None,
        order_field=column.name.upper() if column.orderable else None,
        filters=sorted(camel(f) for f in filter_fields if f == name or f.startswith(name + "_") and f[len(name) + 1:] in _SUFFIXES),
        on_create=writable, on_update=writable, required=writable and _required(column),
        max_length=getattr(column.field, "max_length", None),
        minimum=declared.low if declared else None, maximum=declared.high if declared else None,
    )


_SUFFIXES = {"in", "gt", "gte", "lt", "lte", "contains", "is_null"}


def _allowed(guard: Guard | None, ctx: Any) -> bool:
    if guard is None:
        return False
    if guard.plugin is not None and (ctx.merchant is None or not ctx.plugins.enabled(guard.plugin)):
        return False
    return guard.permission.denied(ctx) is None


def _may(permission: Any, spec: AdminModel, ctx: Any) -> bool:
    return permission is not None and _allowed(Guard(permission, spec.plugin), ctx)


def describe(registry: AdminRegistry, spec: AdminModel, ctx: Any) -> AdminModelInfo:
    filter_fields = set(registry.filter_fields.get(spec.name, ()))
    return AdminModelInfo(
        name=spec.name, description=spec.description or (spec.model.__doc__ or "").strip().split("\n")[0] or None,
        plugin=spec.plugin, list_field=spec.plural, get_field=spec.single,
        create_mutation=spec.single + "Create" if _may(spec.create, spec, ctx) else None,
        update_mutation=spec.single + "Update" if _may(spec.update, spec, ctx) else None,
        delete_mutation=spec.single + "Delete" if _may(spec.delete, spec, ctx) else None,
        default_order=[camel(o) for o in spec.default_order],
        columns=[_column(registry, spec, column, filter_fields) for column in _columns(spec)],
    )


@strawberry.type
class MetaQuery:
    @strawberry.field(extensions=[Guard(MEMBER)], description="The admin models the caller may read here, with their columns "
                      "and the operations the caller may use: what a generated console needs (schema/meta.py).")
    def admin_models(self, info: strawberry.Info, name: Optional[str] = None) -> list[AdminModelInfo]:
        ctx = info.context
        registry: AdminRegistry = info.schema.admin
        return [describe(registry, spec, ctx) for spec in registry.specs.values()
                if (name is None or spec.name == name) and _may(spec.read, spec, ctx)]

    @strawberry.field(extensions=[Guard(MEMBER)], description="The root queries and mutations the caller may use in this merchant.")
    def access(self, info: strawberry.Info) -> Access:
        ctx = info.context
        schema = info.schema

        def allowed(type_name: str) -> list[str]:
            definition = schema.get_type_by_name(type_name)
            named = schema.config.name_converter.from_field
            return sorted(named(field) for field in definition.fields if _allowed(guard_of(field), ctx)) if definition else []

        return Access(queries=allowed("Query"), mutations=allowed("Mutation"), roles=sorted(ctx.roles))
