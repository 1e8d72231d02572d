"""What protects the GraphQL endpoint, and what keeps it fast: the schema extensions.

- depth, alias and token limits refuse oversized documents before they run;
- parse and validation results are cached (a storefront sends the same few
  documents again and again);
- introspection can be switched off (settings), field suggestions too
  (schema config in schema/__init__.py);
- unexpected exceptions are masked: the client sees a request id, the log
  gets the traceback under the same id;
- in development, `extensions.queries` tells how many SQL statements ran.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import partial
from typing import Any

from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from core.db import count_queries
from core.errors import DomainError
from core.settings import Settings

log = logging.getLogger("fenxiao.graphql")
CACHE_SIZE = 1024


def is_unexpected(error: GraphQLError) -> bool:
    """An exception from our code, as opposed to a validation error or a refusal we raised."""
    original = error.original_error
    return original is not None and not isinstance(original, (GraphQLError, DomainError))


def request_id(execution_context: Any) -> str:
    return getattr(getattr(execution_context, "context", None), "request_id", "-")


class MaskUnexpectedErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        rid = request_id(self.execution_context)
        result.errors = [self._shown(error, rid) for error in result.errors]

    @staticmethod
    def _shown(error: GraphQLError, rid: str) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError):  # a refusal raised below the guarded root field
            return GraphQLError(original.message, nodes=error.nodes, source=error.source, positions=error.positions,
                                path=error.path, extensions={"code": original.code, "field": original.field})
        if is_unexpected(error):
            return GraphQLError(f"Unexpected error. Quote request id {rid} when reporting it.", nodes=error.nodes,
                                source=error.source, positions=error.positions, path=error.path,
                                extensions={"code": "INTERNAL_ERROR", "requestId": rid})
        return error


class QueryCount(SchemaExtension):
    """Adds `extensions.queries`: SQL statements run for this operation (development only)."""

    def on_operation(self) -> Iterator[None]:
        with count_queries() as counter:
            self._counter = counter
            yield

    def get_results(self) -> dict[str, Any]:
        return {"queries": self._counter[0]} if hasattr(self, "_counter") else {}


def extensions(settings: Settings) -> list[Any]:
    """Extension factories: strawberry makes fresh instances per request (the caches are shared)."""
    chosen: list[Any] = [
        MaskUnexpectedErrors,
        partial(ParserCache, maxsize=CACHE_SIZE),
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(QueryDepthLimiter, max_depth=settings.max_depth),
        partial(MaxAliasesLimiter, max_alias_count=settings.max_aliases),
        partial(ValidationCache, maxsize=CACHE_SIZE),
    ]
    if not settings.introspection:
        chosen.append(partial(AddValidationRules, [NoSchemaIntrospectionCustomRule]))
    if not settings.production:
        chosen.append(QueryCount)
    return chosen
