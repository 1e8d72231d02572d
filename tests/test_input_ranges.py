"""Every number a client or a merchant gives has a declared range, and a value outside it is
refused with INVALID naming its field before anything runs.

The walk covers the whole schema, not a list kept by hand: each integer of each mutation input
(the generated admin's and the hand-written ones, nested to any depth) and of each plugin's config
model. A new input without a range fails here; so does a range that is declared but not held.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    get_named_type,
)
from pydantic import ValidationError

from fenxiao.schema.inputs import RANGE

INT32 = (-(2**31), 2**31 - 1)
# Integers that are not amounts, rates, quantities or thresholds: page sizes (checked by paginate).
NOT_RANGED = {"first", "last"}


def _strawberry_field(input_field: Any) -> Any:
    return (input_field.extensions or {}).get("strawberry-definition")


def _ranged_paths(schema: Any, graphql_type: Any, path: str = "", seen: frozenset = frozenset()) -> list[tuple[str, Any]]:
    """(path, range or None) of every Int inside an input type, e.g. ("lines.0.quantity", QUANTITY)."""
    named = get_named_type(graphql_type)
    found: list[tuple[str, Any]] = []
    if not isinstance(named, GraphQLInputObjectType) or named.name in seen:
        return found
    for name, field in named.fields.items():
        inner = get_named_type(field.type)
        is_list = isinstance(field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type, GraphQLList)
        here = f"{path}.{name}" if path else name
        if is_list:
            here += ".0"
        if inner.name == "Int":
            definition = _strawberry_field(field)
            found.append((here, (definition.metadata or {}).get(RANGE) if definition is not None else None))
        elif isinstance(inner, GraphQLInputObjectType):
            found.extend(_ranged_paths(schema, inner, here, seen | {named.name}))
    return found


def _mutations_with_numbers(schema) -> list[tuple[str, str, Any]]:
    core = schema._schema
    cases = []
    for name, field in core.mutation_type.fields.items():
        argument = field.args.get("input")
        if argument is None:
            continue
        for path, declared in _ranged_paths(core, argument.type):
            cases.append((name, path, declared))
    return cases


def test_every_number_of_every_mutation_input_declares_its_range(schema):
    cases = _mutations_with_numbers(schema)
    assert len(cases) > 40  # the walk sees the generated admin and every plugin, not an empty schema
    unranged = [f"{name}: {path}" for name, path, declared in cases if declared is None]
    assert not unranged, "numbers without a declared range:\n" + "\n".join(unranged)
    query_arguments = [f"{name}({argument})" for name, field in schema._schema.query_type.fields.items()
                       for argument, arg in field.args.items()
                       if get_named_type(arg.type).name == "Int" and argument not in NOT_RANGED
                       and not (_strawberry_field(arg) and _strawberry_field(arg).metadata.get(RANGE))]
    assert query_arguments in ([], ["socialMyTeam(level)"]), query_arguments  # socialMyTeam checks its level itself (tested)


def _sample(graphql_type: Any, path: str, target: str, value: int, range_of: dict[str, Any]) -> Any:
    """A value of `graphql_type` with every required part filled in, and `value` at `target`."""
    nullable = graphql_type.of_type if isinstance(graphql_type, GraphQLNonNull) else graphql_type
    if isinstance(nullable, GraphQLList):
        return [_sample(nullable.of_type, f"{path}.0", target, value, range_of)]
    if isinstance(nullable, GraphQLInputObjectType):
        sample = {}
        for name, field in nullable.fields.items():
            here = f"{path}.{name}" if path else name
            if isinstance(field.type, GraphQLNonNull) or target == here or target.startswith(here + "."):
                sample[name] = _sample(field.type, here, target, value, range_of)
        return sample
    if isinstance(nullable, GraphQLEnumType):
        return next(iter(nullable.values))
    if path == target:
        return value
    return {"Int": range_of.get(path, (1,))[0] if path in range_of else 1, "Boolean": False, "Float": 1.0,
            "DateTime": "2026-01-01T00:00:00+00:00", "Date": "2026-01-01", "JSON": {}, "Decimal": "1"}.get(nullable.name, "x")


async def test_every_declared_range_is_held_with_the_field_named(api, schema):
    """Values just outside each range (zero where zero means nothing, negatives, past the top), sent by
    an anonymous caller to a merchant with every plugin on: the range is the same for every caller and
    is checked first, so nothing is read or written."""
    from tests.plugins import social

    shop = await api.merchant()
    for plugin in ("b2b_agent", "b2b_ordering", "store_pickup", "supplier"):
        await api.enable(shop, plugin)
    await social.configure(api, shop, join_mode="auto")
    core = schema._schema
    checked = 0
    for name, path, declared in _mutations_with_numbers(schema):
        field = core.mutation_type.fields[name]
        input_type = get_named_type(field.args["input"].type)
        in_range = {p: (d.low,) for _n, p, d in _mutations_with_numbers(schema) if _n == name and d is not None}
        for value in (declared.low - 1, declared.high + 1):
            if not INT32[0] <= value <= INT32[1]:
                continue  # GraphQL's Int refuses it already
            variables = {"input": _sample(field.args["input"].type, "", path, value, in_range)}
            body = await api.gql(f"mutation($input: {input_type.name}!) {{ {name}(input: $input) {{ errors {{ field code }} }} }}",
                                 variables, merchant=shop["slug"])
            assert "errors" not in body, (name, path, value, body)
            assert body["data"][name]["errors"] == [{"field": path, "code": "INVALID"}], (name, path, value, body)
            checked += 1
    assert checked > 60


def _integers(schema: dict, defs: dict, path: str = "") -> list[tuple[str, dict]]:
    """(path, JSON schema) of every integer of a pydantic model's JSON schema, nested models and lists included."""
    if "$ref" in schema:
        return _integers(defs[schema["$ref"].split("/")[-1]], defs, path)
    found = []
    if schema.get("type") == "integer":
        found.append((path, schema))
    for option in schema.get("anyOf", []):
        found.extend(_integers(option, defs, path))
    if schema.get("type") == "array" and "items" in schema:
        found.extend(_integers(schema["items"], defs, f"{path}.0"))
    for name, prop in (schema.get("properties") or {}).items():
        found.extend(_integers(prop, defs, f"{path}.{name}" if path else name))
    return found


def _set(config: dict, path: str, value: int) -> dict:
    head, _, rest = path.partition(".")
    if head.isdigit():
        return [value] if not rest else [_set({}, rest, value)]  # type: ignore[return-value]
    return {**config, head: _set(config.get(head) or {}, rest, value) if rest else value}


def test_every_number_of_every_plugin_config_has_a_range_that_holds(manager):
    checked = 0
    for name, info in manager.infos.items():
        model = info.config_model
        json_schema = model.model_json_schema()
        for path, integer in _integers(json_schema, json_schema.get("$defs", {})):
            low = integer.get("minimum", integer.get("exclusiveMinimum"))
            high = integer.get("maximum", integer.get("exclusiveMaximum"))
            assert low is not None and high is not None, f"{name}.{path} has no declared range: {integer}"
            for value in (low - 1, high + 1, 2**70, -(2**70)):
                if path.endswith(".0"):
                    config = _set({}, path.removesuffix(".0"), [value])  # type: ignore[arg-type]
                else:
                    config = _set({}, path, value)
                with pytest.raises(ValidationError):
                    model.model_validate(config)
                checked += 1
    assert checked >= 40


@pytest.mark.parametrize("level", [0, -1, 4, 2**31 - 1])
async def test_a_team_level_outside_the_network_depth_is_invalid(api, level):
    from tests.plugins import social

    shop = await api.merchant()
    await social.configure(api, shop, join_mode="auto")
    member = await api.register(merchant=shop["slug"])
    body = await api.gql("query($l: Int!) { socialMyTeam(level: $l) { totalCount } }", {"l": level},
                         token=member["token"], merchant=shop["slug"])
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [("INVALID", "level")]
