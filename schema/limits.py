"""What protects the GraphQL endpoint, and what keeps it fast: the schema extensions.

- depth, alias, token, directive and estimated-cost limits refuse oversized
  documents before they run (batches and request bodies are capped in core/app.py);
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
from functools import cache, partial
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSyntaxError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    StringValueNode,
    get_named_type,
    is_list_type,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule, ValidationContext, ValidationRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, ParserCache, SchemaExtension, ValidationCache
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from fenxiao.core import db
from fenxiao.core.db import count_queries
from fenxiao.core.errors import DomainError
from fenxiao.core.settings import Settings
from fenxiao.schema.http import unstorable

log = logging.getLogger("fenxiao.graphql")
CACHE_SIZE = 1024
LIST_ESTIMATE = 10  # children of a plain list field are assumed to run this many times
# Field metadata of a mutation that hashes a password (sign-in, registration, password change): it
# costs half the document limit, so one document holds one (schema/context.py allows one per request).
HASHES_PASSWORD = {"fenxiao.cost": "password"}


def is_unexpected(error: GraphQLError) -> bool:
    """An exception from our code, as opposed to a validation error or a refusal we raised.

    graphql-core's own errors while executing (a null for a non-null field, a value its type cannot
    serialise) carry a path and no code: those are our defects too."""
    original = error.original_error
    if isinstance(original, DomainError):
        return False
    if original is not None and not isinstance(original, GraphQLError):
        return True
    return error.path is not None and not (error.extensions or {}).get("code")


def document_error_code(error: GraphQLError) -> str:
    """The code of an error in the request itself: its syntax, or its fit to the schema and variables."""
    return "GRAPHQL_PARSE_FAILED" if isinstance(error, GraphQLSyntaxError) else "GRAPHQL_VALIDATION_FAILED"


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
        if original is not None and db.unavailable(original, "") is not None:
            log.error("request %s: the database is unavailable: %s", rid, original)
            return GraphQLError(f"the database is unavailable; try again shortly (request id {rid})", nodes=error.nodes,
                                source=error.source, positions=error.positions, path=error.path,
                                extensions={"code": "SERVICE_UNAVAILABLE", "requestId": rid})
        if is_unexpected(error):
            return GraphQLError(f"Unexpected error. Quote request id {rid} when reporting it.", nodes=error.nodes,
                                source=error.source, positions=error.positions, path=error.path,
                                extensions={"code": "INTERNAL_ERROR", "requestId": rid})
        return error


class QueryCount(SchemaExtension):
    """Adds `extensions.queries`: SQL statements run for this operation (FENXIAO_DEBUG_QUERIES only)."""

    def on_operation(self) -> Iterator[None]:
        with count_queries() as counter:
            self._counter = counter
            yield

    def get_results(self) -> dict[str, Any]:
        return {"queries": self._counter[0]} if hasattr(self, "_counter") else {}


def _literal_size(node: FieldNode, names: tuple[str, ...]) -> int | None:
    for argument in node.arguments or ():
        if argument.name.value in names:
            value = argument.value
            if isinstance(value, IntValueNode):
                return int(value.value)
            return -1  # a variable: assume the largest page
    return None


def cost_rule(settings: Settings) -> type[ValidationRule]:
    """Refuse operations whose estimated work is too large.

    Each field costs 1, times the number of parents it runs for: a connection's
    children run `first`/`last` times (a variable counts as the largest page, no
    argument as the default page), any other list's children ten times. The
    estimate is made per operation, fragments included, before anything runs.
    """

    class QueryCostRule(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.fragments = {d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)}

        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            schema = self.context.schema
            root = schema.mutation_type if node.operation.value == "mutation" else schema.query_type
            cost = self._cost(node.selection_set, root, 1, set())
            if cost > settings.max_cost:
                self.report_error(GraphQLError(
                    f"the query's estimated cost {cost} exceeds the limit of {settings.max_cost}: ask for smaller pages or fewer nested lists",
                    node, extensions={"code": "LIMIT_EXCEEDED"}))

        def _cost(self, selection_set: Any, parent: Any, multiplier: int, seen: set[str]) -> int:
            total = 0
            for selection in selection_set.selections if selection_set else ():
                if isinstance(selection, FragmentSpreadNode):
                    name = selection.name.value
                    if name in seen or name not in self.fragments:
                        continue  # cycles are refused by the standard rules
                    fragment = self.fragments[name]
                    total += self._cost(fragment.selection_set, self.context.schema.get_type(fragment.type_condition.name.value),
                                        multiplier, seen | {name})
                elif isinstance(selection, InlineFragmentNode):
                    condition = self.context.schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
                    total += self._cost(selection.selection_set, condition, multiplier, seen)
                else:
                    field = getattr(parent, "fields", {}).get(selection.name.value) if parent is not None else None
                    total += multiplier
                    definition = (field.extensions or {}).get("strawberry-definition") if field is not None else None
                    if getattr(definition, "metadata", None) == HASHES_PASSWORD:
                        total += settings.max_cost // 2
                    if field is None or selection.selection_set is None:
                        continue
                    inner = get_named_type(field.type)
                    size = 1
                    if getattr(parent, "name", "").endswith("Connection"):
                        size = 1  # a connection's edges/nodes: its size is counted on the connection field
                    elif inner.name.endswith("Connection"):
                        asked = _literal_size(selection, ("first", "last"))
                        size = settings.max_page_size if asked == -1 else asked if asked is not None else settings.default_page_size
                    elif is_list_type(getattr(field.type, "of_type", field.type)) or is_list_type(field.type):
                        size = LIST_ESTIMATE
                    total += self._cost(selection.selection_set, inner, multiplier * max(size, 1), seen)
            return total

    return QueryCostRule


def directives_rule(settings: Settings) -> type[ValidationRule]:
    """Refuse documents with more directives than any real client sends (directive overloading)."""

    class MaxDirectivesRule(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.count = 0

        def enter_directive(self, node: Any, *_: Any) -> None:
            self.count += 1
            if self.count == settings.max_directives + 1:
                self.report_error(GraphQLError(f"at most {settings.max_directives} directives per document", node,
                                               extensions={"code": "LIMIT_EXCEEDED"}))

    return MaxDirectivesRule


class _LimitContext:
    """A validation context whose reported errors carry `LIMIT_EXCEEDED` (everything else delegated)."""

    def __init__(self, context: ValidationContext) -> None:
        self._context = context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)

    def report_error(self, error: GraphQLError) -> None:
        self._context.report_error(GraphQLError(error.message, error.nodes, extensions={"code": "LIMIT_EXCEEDED"}))


def limit_rule(rule: type[ASTValidationRule]) -> type[ASTValidationRule]:
    """`rule` (strawberry's depth or alias limiter), its refusals coded LIMIT_EXCEEDED like the others."""

    class LimitRule(rule):  # type: ignore[misc, valid-type]
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(_LimitContext(context))

    LimitRule.__name__ = rule.__name__
    return LimitRule


class LiteralTextRule(ValidationRule):
    """A string literal in the document holding text no column stores (NUL; the lexer already refuses
    a lone surrogate) is INVALID, as the same value sent as a variable is (schema/http.py)."""

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        problem = unstorable(node.value)
        if problem is not None:
            self.report_error(GraphQLError(f"a string holds {problem}, which cannot be stored", node, extensions={"code": "INVALID"}))


@cache
def validation_rules(settings: Settings) -> tuple[type[ASTValidationRule], ...]:
    """The limit rules, built once per settings.

    strawberry's ValidationCache is keyed by the rule classes; QueryDepthLimiter and
    MaxAliasesLimiter make new classes per request, so with them no validation was ever
    cached. The same rules as classes made once keep the cache hitting."""
    rules: list[type[ASTValidationRule]] = [
        limit_rule(depth_rule(settings.max_depth, None, None)),
        limit_rule(alias_rule(settings.max_aliases)),
        LiteralTextRule,
        cost_rule(settings),
        directives_rule(settings),
    ]
    if not settings.introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


def extensions(settings: Settings) -> list[Any]:
    """Extension factories: strawberry makes fresh instances per request (the caches are shared)."""
    chosen: list[Any] = [
        MaskUnexpectedErrors,
        partial(ParserCache, maxsize=CACHE_SIZE),
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(AddValidationRules, list(validation_rules(settings))),
        partial(ValidationCache, maxsize=CACHE_SIZE),
    ]
    if settings.debug_queries:
        chosen.append(QueryCount)
    return chosen
