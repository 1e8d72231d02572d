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

from fenxiao.core.errors import DomainError
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


def range_errors(arguments: dict[str, Any]) -> list[DomainError]:
    """Every number in `arguments` (a root field's, inputs nested to any depth) outside its declared range.

    The top-level `input` argument is the payload's field namespace: its fields are named alone
    (`delta`, `lines.0.quantity`); any other argument by its own name first."""
    errors: list[DomainError] = []
    stack: list[tuple[Any, str]] = [(value, "" if name == "input" else camel(name)) for name, value in arguments.items()]
    while stack:
        value, path = stack.pop()
        if isinstance(value, (list, tuple)):
            stack.extend((item, f"{path}.{index}" if path else str(index)) for index, item in enumerate(value))
            continue
        definition = getattr(type(value), "__strawberry_definition__", None)
        if definition is None or not getattr(definition, "is_input", False):
            continue
        for field in definition.fields:
            item = getattr(value, field.python_name, None)
            if item is None or item is strawberry.UNSET:
                continue
            name = f"{path}.{field.graphql_name or camel(field.python_name)}" if path else (field.graphql_name or camel(field.python_name))
            declared = range_of(field)
            if declared is not None and not isinstance(item, (list, tuple)):
                problem = declared.error(item, name)
                if problem is not None:
                    errors.append(problem)
            else:
                stack.append((item, name))
    return sorted(errors, key=lambda error: error.field or "")
