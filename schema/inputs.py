"""Declared ranges of GraphQL input numbers, and the one place they are checked.

An input field holding an amount, a rate, a quantity or a threshold is declared with
`ranged(AMOUNT, "what it is")` (the generated admin derives it from the column's validators);
`Guard` walks every argument of a root field with `range_errors` before the resolver runs, so
a number outside its range is refused as INVALID naming the field (`lines.0.quantity`), whoever
wrote the resolver. The schema says each range in the field's description, and a test walks
every input of the schema to find a number without one.
"""

from __future__ import annotations

from typing import Any

import strawberry

from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.ranges import Range

RANGE = "fenxiao.range"


def camel(name: str) -> str:
    """snake_case to the camelCase GraphQL shows (for error `field` paths)."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def ranged(range_: Range, description: str = "", **kwargs: Any) -> Any:
    """An input field holding a number within `range_`, saying so in its description (`default=` as strawberry.field)."""
    said = f"{description} ({range_.describe()})" if description else range_.describe()
    return strawberry.field(description=said, metadata={RANGE: range_}, **kwargs)


def range_of(field: Any) -> Range | None:
    """The declared range of a strawberry field or argument, if any."""
    return (getattr(field, "metadata", None) or {}).get(RANGE)


def _plan(cls: type) -> tuple[tuple[str, str, Range | None], ...]:
    """(python name, GraphQL name, declared range or None for a nested input) of the fields of an
    input type that can hold a ranged number, worked out once per type; empty for the others."""
    plan = _PLANS.get(cls)
    if plan is None:
        _PLANS[cls] = ()  # a type that holds itself: no cycle while its plan is made
        entries = []
        for field in cls.__strawberry_definition__.fields:
            declared, nested = range_of(field), _input_class(field.type)
            if declared is not None or (nested is not None and _plan(nested)):
                entries.append((field.python_name, field.graphql_name or camel(field.python_name), declared))
        plan = _PLANS[cls] = tuple(entries)
    return plan


_PLANS: dict[type, tuple[tuple[str, str, Range | None], ...]] = {}


def _input_class(field_type: Any) -> type | None:
    """The strawberry input class inside a field's type (through lists and optionals), if any."""
    for _ in range(10):
        definition = getattr(field_type, "__strawberry_definition__", None)
        if definition is not None:
            return field_type if getattr(definition, "is_input", False) else None
        inner = getattr(field_type, "of_type", None)
        if inner is None:
            return None
        field_type = inner
    return None


def _is_input(value: Any) -> bool:
    definition = getattr(type(value), "__strawberry_definition__", None)
    return definition is not None and getattr(definition, "is_input", False) and bool(_plan(type(value)))


def range_errors(arguments: dict[str, Any]) -> list[DomainError]:
    """Every number in `arguments` (a root field's, inputs nested to any depth) outside its declared range.

    The top-level `input` argument is the payload's field namespace: its fields are named alone
    (`delta`, `lines.0.quantity`); any other argument by its own name first."""
    errors: list[DomainError] = []
    stack: list[tuple[Any, str]] = [(value, "" if name == "input" else camel(name)) for name, value in arguments.items()
                                    if isinstance(value, (list, tuple)) or _is_input(value)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, (list, tuple)):
            stack.extend((item, f"{path}.{index}" if path else str(index)) for index, item in enumerate(value)
                         if isinstance(item, (list, tuple)) or _is_input(item))
            continue
        for python_name, name, declared in _plan(type(value)):
            item = getattr(value, python_name, None)
            if item is None or item is strawberry.UNSET:
                continue
            if declared is not None and not isinstance(item, (list, tuple)):
                if item not in declared:
                    errors.append(DomainError(ErrorCode.INVALID, declared.describe(), f"{path}.{name}" if path else name))
            elif isinstance(item, (list, tuple)) or _is_input(item):
                stack.append((item, f"{path}.{name}" if path else name))
    return sorted(errors, key=lambda error: error.field or "")
