"""Admin CRUD generated from Tortoise models: node types, filters, ordering, inputs, operations.

Declare a model with `AdminModel(Model, read=..., create=..., ...)` (the core in
schema/core_admin.py, a plugin in its `SchemaContribution.admin`) and get:

- `Product` node type: every column (money as `Money`, enums as GraphQL
  enums, foreign keys as `<name>Id` plus the related node when it is
  declared too), the reverse relations named in `children`, and the extra
  fields of the `extend` class (whose methods see the row as `self`);
- `products(first, after, last, before, filter, orderBy)` and `product(id)`;
- `productCreate`, `productUpdate`, `productDelete` with inputs derived from
  the columns, for the permissions that are not None.

Everything is scoped to the request's merchant, guarded by the declared
permission, and loads related rows through dataloaders.
"""

import datetime as dt
import enum
import re
import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field as dc_field
from decimal import Decimal
from typing import Any, Optional

import strawberry
from strawberry.scalars import JSON
from strawberry.types.field import StrawberryField
from strawberry.types.lazy_type import LazyType
from tortoise import fields as tf
from tortoise.exceptions import IntegrityError, ValidationError
from tortoise.expressions import RawSQL
from tortoise.models import Model
from tortoise.queryset import QuerySet

from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.models.base import is_tenant
from fenxiao.core.models.fields import MoneyField, RateField
from fenxiao.core.unit_of_work import savepoint
from fenxiao.schema import references
from fenxiao.schema.errors import Payload
from fenxiao.schema.inputs import camel, ranged
from fenxiao.core.ranges import Range
from fenxiao.schema.money import Money, money
from fenxiao.schema.permissions import STAFF, Guard, Permission
from fenxiao.schema.relay import Connection, Node, PageArgs, decode_id, encode_id, paginate

NODES_MODULE = "fenxiao.schema.nodes"
# A `…Contains` filter on a text column without a length: longer than any search anyone types.
MAX_CONTAINS = 1000


def node_ref(name: str) -> Any:
    """A lazy reference to a generated node type, for hand-written types.

    Bind it to a module-level name and annotate with that name
    (`OrderNode = node_ref("Order")` … `order: OrderNode | None`).
    """
    return LazyType(name, NODES_MODULE)


@strawberry.enum
class OrderDirection(enum.Enum):
    ASC = "asc"
    DESC = "desc"


@dataclass(eq=False)
class AdminModel:
    model: type[Model]
    description: str = ""
    read: Permission | None = STAFF
    create: Permission | None = STAFF
    update: Permission | None = STAFF
    delete: Permission | None = STAFF
    # Narrows what a caller sees (after the merchant filter), e.g. a customer's own orders.
    scope: Callable[[QuerySet, Any], QuerySet] | None = None
    hidden: tuple[str, ...] = ()
    readonly: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    extend: type | None = None
    # Columns computed by the database for reads (lists, single lookups, node), e.g. a product's
    # units available: a field every row of a page shows then costs no query or coroutine of its own.
    computed: dict[str, str] = dc_field(default_factory=dict)
    # Checks a row before it is saved (create and update); raise DomainError(s).
    validate: Callable[[Model, Any], Awaitable[None]] | None = None
    default_order: tuple[str, ...] = ("id",)
    plugin: str | None = None

    @property
    def name(self) -> str:
        return self.model.__name__

    @property
    def single(self) -> str:
        return self.name[0].lower() + self.name[1:]

    @property
    def plural(self) -> str:
        word = self.single
        return word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"


def with_computed(queryset: QuerySet, columns: dict[str, str]) -> QuerySet:
    """`queryset` whose rows also carry these SQL expressions as attributes ({name: SQL}), read in the
    same statement: what a page shows on every row without a query or coroutine per row."""
    return queryset.annotate(**{name: RawSQL(sql) for name, sql in columns.items()}) if columns else queryset


_SCALARS: list[tuple[type, Any]] = [
    (tf.BooleanField, bool),
    (tf.DatetimeField, dt.datetime),
    (tf.DateField, dt.date),
    (tf.DecimalField, Decimal),
    (tf.JSONField, JSON),
    (tf.TextField, str),
    (tf.CharField, str),
    (tf.IntField, int),
    (tf.BigIntField, int),
    (tf.SmallIntField, int),
    (tf.FloatField, float),
]
_ENUMS: dict[type[enum.Enum], Any] = {}


def graphql_enum(python_enum: type[enum.Enum]) -> Any:
    """The GraphQL enum of a Python enum, made once (a model column and a hand-written type share it)."""
    if python_enum not in _ENUMS:
        _ENUMS[python_enum] = strawberry.enum(python_enum)
    return _ENUMS[python_enum]


@dataclass
class _Column:
    name: str
    field: tf.Field
    kind: str  # scalar | money | enum | fk
    python_type: Any = None
    target: str | None = None  # fk: the related model's class name

    @property
    def source(self) -> str:
        """The column holding a foreign key's value (Tortoise fills `source_field` only once initialised)."""
        return f"{self.name}_id"

    @property
    def orderable(self) -> bool:
        return self.kind in ("scalar", "money", "enum") and self.python_type not in (JSON, bool) and not isinstance(self.field, tf.TextField)

    @property
    def ranged(self) -> bool:
        return self.kind == "money" or self.python_type in (int, float, Decimal, dt.datetime, dt.date)


def _columns(spec: AdminModel) -> list[_Column]:
    meta = spec.model._meta
    backing = {f"{name}_id" for name in meta.fk_fields}
    columns = []
    for name, f in meta.fields_map.items():
        if name in ("merchant",) or name in backing or name in spec.hidden or f.pk:
            continue
        if isinstance(f, (tf.relational.BackwardFKRelation, tf.relational.ManyToManyFieldInstance, tf.relational.BackwardOneToOneRelation)):
            continue
        if name in meta.fk_fields:
            columns.append(_Column(name, f, "fk", target=f.model_name.split(".")[-1]))
        elif getattr(f, "enum_type", None) is not None:
            columns.append(_Column(name, f, "enum", graphql_enum(f.enum_type)))
        elif isinstance(f, MoneyField):
            columns.append(_Column(name, f, "money", int))
        else:
            python_type = next((t for cls, t in _SCALARS if isinstance(f, cls)), None)
            if python_type is None:
                raise TypeError(f"{spec.name}.{name}: no GraphQL mapping for {type(f).__name__}")
            columns.append(_Column(name, f, "scalar", python_type))
    return columns


def _writable(column: _Column, spec: AdminModel) -> bool:
    f = column.field
    return not (column.name in spec.readonly or getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) or f.generated)


def _required(column: _Column) -> bool:
    f = column.field
    return not f.null and f.default is None


class AdminRegistry:
    """Builds every declared model's types and operations for one schema."""

    def __init__(self, specs: list[AdminModel], max_page_size: int, default_page_size: int) -> None:
        self.specs = {spec.name: spec for spec in specs}
        if len(self.specs) != len(specs):
            raise ValueError("two AdminModel declarations for the same model name")
        self.by_model = {spec.model: spec for spec in specs}
        self.max_page_size = max_page_size
        self.default_page_size = default_page_size
        self.nodes: dict[str, type] = {}
        self.query_fields: dict[str, StrawberryField] = {}
        self.mutation_fields: dict[str, StrawberryField] = {}
        self.types: list[type] = []
        self.filter_fields: dict[str, list[str]] = {}  # each model's `<Model>Filter` fields (schema/meta.py)

    # --- output types ---

    @staticmethod
    def _money_field(column: _Column) -> StrawberryField:
        name = column.name

        def resolve_money(root: strawberry.Parent[Any], info: strawberry.Info) -> Any:
            return money(getattr(root, name), getattr(root, "currency", None) or info.context.currency)

        resolve_money.__annotations__["return"] = Optional[Money] if column.field.null else Money
        return strawberry.field(resolver=resolve_money, description=column.field.description)

    @staticmethod
    def _fk_id_field(column: _Column) -> StrawberryField:
        source, target = column.source, column.target

        def resolve_id(root: strawberry.Parent[Any]) -> Optional[strawberry.ID]:
            value = getattr(root, source)
            return None if value is None else strawberry.ID(encode_id(target, value))

        return strawberry.field(resolver=resolve_id, description=f"global ID of the {target}")

    # A row reached through a link shows no more than the caller may see at the root: the target's
    # permission and its scope (a distributor reaches the orders they earn on, never their payments).

    def _linkable(self, spec: AdminModel, ctx: Any) -> bool:
        if spec.read is not None and spec.read.denied(ctx) is not None:
            return False
        return spec.plugin is None or (ctx.plugins is not None and ctx.plugins.enabled(spec.plugin))

    def _fk_object_resolver(self, column: _Column) -> Any:
        target_spec = self.specs[column.target]
        source = column.source
        registry = self

        async def resolve_related(root: strawberry.Parent[Any], info: strawberry.Info) -> Any:
            value = getattr(root, source)
            if value is None or not registry._linkable(target_spec, info.context):
                return None
            return await registry._rows_loader(target_spec, info.context).load(value)

        resolve_related.__annotations__["return"] = Optional[node_ref(column.target)]
        return strawberry.field(resolver=resolve_related, description=column.field.description)

    def _rows_loader(self, spec: AdminModel, ctx: Any) -> Any:
        """Rows of `spec` by id, as the caller may read them (merchant, scope, computed columns): one query per request."""

        async def load(ids: list[int]) -> list[Any]:
            rows = {row.pk: row for row in await self._readable(spec, ctx).filter(id__in=set(ids))}
            return [rows.get(i) for i in ids]

        return ctx.loaders.custom(("rows", spec.name), load)

    def _children_resolver(self, spec: AdminModel, relation: str) -> Any:
        child_spec, fk_name = self._backward(spec, relation)
        column = f"{fk_name}_id"
        registry = self

        async def resolve_children(root: strawberry.Parent[Any], info: strawberry.Info) -> Any:
            ctx = info.context
            if not registry._linkable(child_spec, ctx):
                return []

            async def load(parent_ids: list[int]) -> list[list[Any]]:
                groups: dict[int, list[Any]] = {i: [] for i in parent_ids}
                rows = await registry._readable(child_spec, ctx).filter(**{f"{column}__in": set(parent_ids)}).order_by("id")
                for row in rows:
                    groups[getattr(row, column)].append(row)
                return [groups[i] for i in parent_ids]

            return await ctx.loaders.custom(("children", child_spec.name, fk_name), load).load(root.pk)

        resolve_children.__annotations__["return"] = list[node_ref(child_spec.name)]
        return strawberry.field(resolver=resolve_children)

    def _backward(self, spec: AdminModel, relation: str) -> tuple[AdminModel, str]:
        """The declared model whose foreign key `related_name` is `relation`, and that key's name."""
        for candidate in self.specs.values():
            meta = candidate.model._meta
            for name in meta.fk_fields:
                f = meta.fields_map[name]
                if f.related_name == relation and f.model_name.split(".")[-1] == spec.name:
                    return candidate, name
        raise TypeError(f"{spec.name}.{relation}: declare the model behind it with AdminModel to expose it")

    def _node_type(self, spec: AdminModel) -> type:
        annotations: dict[str, Any] = {}
        namespace: dict[str, Any] = {"__annotations__": annotations, "__module__": NODES_MODULE}
        for column in _columns(spec):
            f = column.field
            if column.kind in ("scalar", "enum"):
                annotations[column.name] = Optional[column.python_type] if f.null else column.python_type
                # Tortoise describes enum columns by listing their values; the GraphQL enum says it already.
                namespace[column.name] = strawberry.field(description=None if column.kind == "enum" else f.description)
            elif column.kind == "money":
                namespace[column.name] = self._money_field(column)
            else:
                namespace[column.name + "_id"] = self._fk_id_field(column)
                if column.target in self.specs:
                    namespace[column.name] = self._fk_object_resolver(column)
        for relation in spec.children:
            namespace[relation] = self._children_resolver(spec, relation)
        if spec.extend is not None:
            for attr, value in vars(spec.extend).items():
                if isinstance(value, StrawberryField):
                    namespace[attr] = value
                    annotations.pop(attr, None)  # the extension's resolver (and its type) replaces the column's
            annotations.update(getattr(spec.extend, "__annotations__", {}))
        cls = type(spec.name, (Node,), namespace)
        model = spec.model
        cls.is_type_of = classmethod(lambda _cls, obj, _info: isinstance(obj, model))
        return strawberry.type(cls, name=spec.name, description=spec.description or (model.__doc__ or "").strip().split("\n")[0] or None)

    # --- filters and ordering ---

    def _filter_type(self, spec: AdminModel, columns: list[_Column]) -> type:
        annotations: dict[str, Any] = {"id_in": Optional[list[strawberry.ID]]}
        for column in columns:
            if column.kind == "fk":
                annotations[column.name + "_id"] = Optional[strawberry.ID]
                if column.field.null:  # the roots of a tree: rows with no upline
                    annotations[column.name + "_id_is_null"] = Optional[bool]
                continue
            if column.python_type is JSON:
                continue
            python_type = column.python_type
            text = isinstance(column.field, tf.TextField)
            if not text:
                annotations[column.name] = Optional[python_type]
            if python_type not in (bool, dt.datetime) and not text:
                annotations[column.name + "_in"] = Optional[list[python_type]]
            if column.ranged:
                for op in ("gt", "gte", "lt", "lte"):
                    annotations[f"{column.name}_{op}"] = Optional[python_type]
            if python_type is str:
                annotations[column.name + "_contains"] = Optional[str]
            if column.field.null:
                annotations[column.name + "_is_null"] = Optional[bool]
        self.filter_fields[spec.name] = list(annotations)
        namespace = {"__annotations__": annotations, **{name: None for name in annotations}}
        return strawberry.input(type(f"{spec.name}Filter", (), namespace), description=f"Conditions on {spec.name}s, all of which must hold.")

    def _apply_filter(self, spec: AdminModel, queryset: QuerySet, condition: Any, columns: list[_Column]) -> QuerySet:
        if condition is None:
            return queryset
        kinds = {column.name: column for column in columns}
        for attr, value in vars(condition).items():
            if value is None or value is strawberry.UNSET:
                continue
            if attr == "id_in":
                queryset = queryset.filter(id__in=[decode_id(v, spec.name, "filter.idIn") for v in value])
                continue
            if attr.endswith("_contains") and attr[: -len("_contains")] in kinds:
                longest = getattr(kinds[attr[: -len("_contains")]].field, "max_length", None) or MAX_CONTAINS
                if len(value) > longest:  # no value of the column holds it (and SQLite refuses long LIKE patterns)
                    raise DomainError(ErrorCode.INVALID, f"at most {longest} characters", f"filter.{camel(attr)}")
            if attr.endswith("_id_is_null") and attr[: -len("_id_is_null")] in kinds:
                queryset = queryset.filter(**{f"{attr[: -len('_is_null')]}__isnull": value})
                continue
            for suffix, lookup in (("_is_null", "isnull"), ("_contains", "icontains"), ("_in", "in"),
                                   ("_gte", "gte"), ("_lte", "lte"), ("_gt", "gt"), ("_lt", "lt")):
                if attr.endswith(suffix) and attr[: -len(suffix)] in kinds:
                    queryset = queryset.filter(**{f"{attr[: -len(suffix)]}__{lookup}": value})
                    break
            else:
                if attr.endswith("_id") and attr[:-3] in kinds and kinds[attr[:-3]].kind == "fk":
                    target = kinds[attr[:-3]].target
                    queryset = queryset.filter(**{attr: decode_id(value, target, f"filter.{camel(attr)}")})
                else:
                    queryset = queryset.filter(**{attr: value})
        return queryset

    def _order_types(self, spec: AdminModel, columns: list[_Column]) -> tuple[Any, type]:
        """`<Model>OrderField` (sortable columns) and `<Model>OrderBy` ({field, direction})."""
        members = {"ID": "id"} | {column.name.upper(): column.name for column in columns if column.orderable}
        order_field = strawberry.enum(enum.Enum(f"{spec.name}OrderField", members), description=f"Columns {spec.name}s can be sorted by.")
        order_input = strawberry.input(
            type(f"{spec.name}OrderBy", (), {
                "__annotations__": {"field": order_field, "direction": OrderDirection},
                "direction": OrderDirection.ASC,
            })
        )
        return order_field, order_input

    # --- queries ---

    def _scoped(self, spec: AdminModel, ctx: Any) -> QuerySet:
        queryset = spec.model.all()
        if is_tenant(spec.model):
            queryset = queryset.filter(merchant_id=ctx.merchant.id)
        if spec.scope is not None:
            queryset = spec.scope(queryset, ctx)
        return queryset

    def _readable(self, spec: AdminModel, ctx: Any) -> QuerySet:
        return with_computed(self._scoped(spec, ctx), spec.computed)

    def _list_field(self, spec: AdminModel, node: type, filter_type: type, order_input: type, columns: list[_Column]) -> StrawberryField:
        registry = self

        async def resolve_list(info: strawberry.Info, first: Optional[int] = None, after: Optional[str] = None,
                               last: Optional[int] = None, before: Optional[str] = None,
                               filter: Any = None, order_by: Any = None) -> Any:
            queryset = registry._apply_filter(spec, registry._readable(spec, info.context), filter, columns)
            ordering = [("-" if o.direction == OrderDirection.DESC else "") + o.field.value for o in order_by or []]
            ordering = ordering or list(spec.default_order)
            if not any(o.lstrip("-") == "id" for o in ordering):
                ordering.append("id")  # a total order, so pages never overlap
            queryset = queryset.order_by(*ordering)
            return await paginate(queryset, PageArgs(first, after, last, before), registry.default_page_size, registry.max_page_size)

        resolve_list.__annotations__.update({
            "filter": Optional[filter_type], "order_by": Optional[list[order_input]], "return": Connection[node],
        })
        return strawberry.field(resolver=resolve_list, name=spec.plural, extensions=[Guard(spec.read, spec.plugin)],
                                description=f"{spec.name}s of this merchant, a page at a time.")

    def _get_field(self, spec: AdminModel, node: type) -> StrawberryField:
        registry = self

        async def resolve_one(info: strawberry.Info, id: strawberry.ID) -> Any:
            pk = decode_id(id, spec.name)
            return await registry._readable(spec, info.context).filter(id=pk).first()

        resolve_one.__annotations__["return"] = Optional[node]
        return strawberry.field(resolver=resolve_one, name=spec.single, extensions=[Guard(spec.read, spec.plugin)],
                                description=f"One {spec.name} by global ID, or null.")

    async def node(self, ctx: Any, type_name: str, pk: int) -> Any:
        """For `node(id:)`: the row, if its type is declared and readable by the caller."""
        spec = self.specs.get(type_name)
        if spec is None or spec.read is None or spec.read.denied(ctx) is not None:
            return None
        if spec.plugin is not None and not ctx.plugins.enabled(spec.plugin):
            return None
        return await self._readable(spec, ctx).filter(id=pk).first()

    # --- mutations ---

    def _input_type(self, spec: AdminModel, columns: list[_Column], update: bool) -> type:
        annotations: dict[str, Any] = {}
        defaults: dict[str, Any] = {}
        if update:
            annotations["id"] = strawberry.ID
        for column in columns:
            if not _writable(column, spec):
                continue
            name = column.name + "_id" if column.kind == "fk" else column.name
            python_type = strawberry.ID if column.kind == "fk" else column.python_type
            description = column.field.description or ""
            if column.kind == "fk":
                article = "an" if column.target[0] in "AEIOU" else "a"
                description = references.MEMBER_ID if column.target == "User" else f"global ID of {article} {column.target} of this merchant"
            if column.kind == "money":
                description = (description + " — in minor units (fen)").strip(" —")
            declared = Range.of_validators(column.field.validators) if python_type is int else None
            if declared is not None and column.kind == "money":
                declared = Range(declared.low, declared.high, "minor units")
                description = description.removesuffix(" — in minor units (fen)").removesuffix("in minor units (fen)")
            elif declared is not None and isinstance(column.field, RateField):
                declared = Range(declared.low, declared.high, "basis points")
            optional = update or not _required(column)
            annotations[name] = Optional[python_type] if optional else python_type
            if declared is not None:  # a number: its column's range, checked by Guard before anything runs
                defaults[name] = ranged(declared, description, **({"default": strawberry.UNSET} if optional else {}))
            elif optional:
                defaults[name] = strawberry.field(default=strawberry.UNSET, description=description or None)
            else:
                defaults[name] = strawberry.field(description=description or None)
        suffix = "Update" if update else "Create"
        return strawberry.input(type(f"{spec.name}{suffix}Input", (), {"__annotations__": annotations, **defaults}))

    def _payload_type(self, spec: AdminModel, node: type, suffix: str) -> type:
        annotations = {spec.single: Optional[node]}
        return strawberry.type(type(f"{spec.name}{suffix}Payload", (Payload,), {"__annotations__": annotations, spec.single: None}))

    async def _assign(self, spec: AdminModel, row: Model, data: Any, columns: list[_Column], ctx: Any) -> None:
        errors = []
        for column in columns:
            if not _writable(column, spec):
                continue
            attr = column.name + "_id" if column.kind == "fk" else column.name
            value = getattr(data, attr, strawberry.UNSET)
            if value is strawberry.UNSET:
                continue
            label = camel(attr)
            if value is None and not column.field.null:
                errors.append(DomainError(ErrorCode.REQUIRED, "must not be null", label))
                continue
            if column.kind == "fk" and value is not None:
                try:
                    value = decode_id(value, column.target, label)
                except DomainError as error:
                    errors.append(error)
                    continue
                if not await references.exists(ctx, column.field.related_model, value):
                    errors.append(DomainError(ErrorCode.NOT_FOUND, f"no such {column.target} in this merchant", label))
                    continue
            elif column.kind == "enum" and value is not None:
                value = column.field.enum_type(value.value if isinstance(value, enum.Enum) else value)
            elif value is not None:
                if isinstance(value, str):
                    value = value.strip() if not isinstance(column.field, tf.TextField) else value
                try:
                    column.field.validate(value)
                except ValidationError as exc:
                    errors.append(DomainError(ErrorCode.INVALID, re.sub(r"^\w+: ", "", str(exc)), label))
                    continue
            setattr(row, column.source if column.kind == "fk" else column.name, value)
        DomainErrors.raise_if_any(errors)
        await self._check_unique(spec, row)
        if spec.validate is not None:
            await spec.validate(row, ctx)

    async def _check_unique(self, spec: AdminModel, row: Model) -> None:
        meta = spec.model._meta
        groups = [tuple(group) for group in meta.unique_together] + [
            (name,) for name, f in meta.fields_map.items() if f.unique and not f.pk
        ]
        for group in groups:
            names = [f"{n}_id" if n in meta.fk_fields else n for n in group]
            values = {name: getattr(row, name) for name in names}
            if any(v is None for v in values.values()):
                continue
            clash = spec.model.filter(**values)
            if row.pk is not None:
                clash = clash.exclude(id=row.pk)
            if await clash.exists():
                shown = [n for n in group if n != "merchant"] or list(group)
                raise DomainError(ErrorCode.DUPLICATE, f"another {spec.name} has this {' and '.join(shown)}", camel(shown[-1]))

    def _create_field(self, spec: AdminModel, node: type, columns: list[_Column]) -> StrawberryField:
        input_type = self._input_type(spec, columns, update=False)
        payload = self._payload_type(spec, node, "Create")
        registry = self

        async def resolve_create(info: strawberry.Info, input: Any) -> Any:
            ctx = info.context
            row = spec.model(**({"merchant_id": ctx.merchant.id} if is_tenant(spec.model) else {}))
            await registry._assign(spec, row, input, columns, ctx)
            await registry._save(spec, row)
            ctx.audit(spec.name, row.pk, None, registry.snapshot(row))
            return payload(**{spec.single: row})

        resolve_create.__annotations__.update({"input": input_type, "return": payload})
        return strawberry.mutation(resolver=resolve_create, name=spec.single + "Create", extensions=[Guard(spec.create, spec.plugin)],
                                   description=f"Create a {spec.name}.")

    def _update_field(self, spec: AdminModel, node: type, columns: list[_Column]) -> StrawberryField:
        input_type = self._input_type(spec, columns, update=True)
        payload = self._payload_type(spec, node, "Update")
        registry = self

        async def resolve_update(info: strawberry.Info, input: Any) -> Any:
            ctx = info.context
            row = await registry._scoped(spec, ctx).filter(id=decode_id(input.id, spec.name)).select_for_update().first()
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, f"no such {spec.name}", "id")
            before = registry.snapshot(row)
            await registry._assign(spec, row, input, columns, ctx)
            await registry._save(spec, row)
            ctx.audit(spec.name, row.pk, before, registry.snapshot(row))
            return payload(**{spec.single: row})

        resolve_update.__annotations__.update({"input": input_type, "return": payload})
        return strawberry.mutation(resolver=resolve_update, name=spec.single + "Update", extensions=[Guard(spec.update, spec.plugin)],
                                   description=f"Change some fields of a {spec.name}; fields left out keep their value.")

    def _delete_field(self, spec: AdminModel) -> StrawberryField:
        input_type = strawberry.input(type(f"{spec.name}DeleteInput", (), {"__annotations__": {"id": strawberry.ID}}))
        payload = strawberry.type(type(f"{spec.name}DeletePayload", (Payload,), {
            "__annotations__": {"deleted_id": Optional[strawberry.ID]}, "deleted_id": None,
        }))
        registry = self

        async def resolve_delete(info: strawberry.Info, input: Any) -> Any:
            row = await registry._scoped(spec, info.context).filter(id=decode_id(input.id, spec.name)).first()
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, f"no such {spec.name}", "id")
            before = registry.snapshot(row)
            try:
                async with savepoint():
                    await row.delete()
            except IntegrityError:
                raise DomainError(ErrorCode.IN_USE, f"this {spec.name} is still in use; archive or deactivate it instead", "id") from None
            info.context.audit(spec.name, before.get("id"), before, None)
            return payload(deleted_id=input.id)

        resolve_delete.__annotations__.update({"input": input_type, "return": payload})
        return strawberry.mutation(resolver=resolve_delete, name=spec.single + "Delete", extensions=[Guard(spec.delete, spec.plugin)],
                                   description=f"Delete a {spec.name} that nothing refers to.")

    @staticmethod
    def snapshot(row: Model) -> dict[str, Any]:
        """The row's columns, for the audit log."""
        return {name: getattr(row, name, None) for name in row._meta.fields_db_projection if name not in ("password_hash",)}

    @staticmethod
    async def _save(spec: AdminModel, row: Model) -> None:
        try:
            async with savepoint():
                await row.save()
        except IntegrityError:
            raise DomainError(ErrorCode.DUPLICATE, f"this {spec.name} clashes with an existing one") from None

    # --- build ---

    def build(self) -> "AdminRegistry":
        module = importlib.import_module(NODES_MODULE)
        for spec in self.specs.values():
            node = self._node_type(spec)
            self.nodes[spec.name] = node
            setattr(module, spec.name, node)
            self.types.append(node)
        for spec in self.specs.values():
            node = self.nodes[spec.name]
            columns = _columns(spec)
            if spec.read is not None:
                filter_type = self._filter_type(spec, columns)
                _, order_input = self._order_types(spec, columns)
                self.query_fields[spec.plural] = self._list_field(spec, node, filter_type, order_input, columns)
                self.query_fields[spec.single] = self._get_field(spec, node)
            if spec.create is not None:
                self.mutation_fields[spec.single + "Create"] = self._create_field(spec, node, columns)
            if spec.update is not None:
                self.mutation_fields[spec.single + "Update"] = self._update_field(spec, node, columns)
            if spec.delete is not None:
                self.mutation_fields[spec.single + "Delete"] = self._delete_field(spec)
        return self
