"""Errors in mutation payloads, the ErrorCode enum, and the payload base class.

Expected failures travel as `DomainError` from the services and come out as
`errors: [{field, code, message}]` in the payload. `code` is the `ErrorCode`
enum: the core's codes here, plus the codes plugins declare, added to the
GraphQL enum when the schema is composed (`extend_error_codes`).
"""

from __future__ import annotations

import enum
from typing import Any

import strawberry
from graphql import GraphQLEnumType, GraphQLEnumValue, GraphQLError, GraphQLSchema

from fenxiao.core.errors import DomainError, ErrorCode as CoreErrorCode, all_errors

ErrorCode = strawberry.enum(
    enum.Enum(
        "ErrorCode",
        {code.name: strawberry.enum_value(code.name, description=code.value) for code in CoreErrorCode},
    ),
    description="Why an operation was refused. Plugins add their own codes.",
)


@strawberry.type(description="An expected failure: which input field, what code, a readable message.")
class UserError:
    field: str | None
    code: ErrorCode
    message: str


def user_errors(exc: DomainError) -> list[UserError]:
    # The code is passed as its name: the GraphQL enum maps names to themselves,
    # which is what lets plugin codes (not members of the Python enum) serialise.
    return [UserError(field=e.field, code=e.code, message=e.message) for e in all_errors(exc)]  # type: ignore[arg-type]


@strawberry.type(description="Every mutation payload has `errors`; the result fields are null when it is not empty.")
class Payload:
    errors: list[UserError] = strawberry.field(default_factory=list)

    @classmethod
    def failed(cls, exc: DomainError) -> Any:
        return cls(errors=user_errors(exc))


def graphql_error(exc: DomainError) -> GraphQLError:
    """For queries: a DomainError as a top-level error with its code in `extensions`."""
    return GraphQLError(exc.message, extensions={"code": exc.code, "field": exc.field})


def extend_error_codes(schema: GraphQLSchema, codes: dict[str, str]) -> None:
    """Add plugin error codes to the ErrorCode enum of a freshly built schema."""
    enum_type = schema.type_map["ErrorCode"]
    assert isinstance(enum_type, GraphQLEnumType)
    for name, description in sorted(codes.items()):
        if name not in enum_type.values:
            enum_type.values[name] = GraphQLEnumValue(name, description=description)
