"""Relay conventions: opaque global IDs, the Node interface, cursor connections.

Cursors are opaque offsets; `first/after` pages forward, `last/before`
backward, and `totalCount` costs its COUNT query only when asked for.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import strawberry
from tortoise.models import Model
from tortoise.queryset import QuerySet

from fenxiao.core.errors import DomainError, ErrorCode

T = TypeVar("T")


# Every primary key is a 64-bit integer; a number past it names no row, and the database driver
# would refuse to send it (OverflowError) rather than find nothing.
MAX_ID = 2**63 - 1
# No client pages two billion rows deep by offset; past this a cursor is not one Fenxiao made.
MAX_OFFSET = 2**31 - 1


def encode_id(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def decode_any_id(value: str, field: str = "id") -> tuple[str, int]:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        type_name, _, pk = raw.partition(":")
        number = int(pk)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(ErrorCode.INVALID_ID, f"{value[:100]!r} is not a valid id", field) from None
    if not type_name or not 0 < number <= MAX_ID:
        raise DomainError(ErrorCode.INVALID_ID, f"{value[:100]!r} is not a valid id", field)
    return type_name, number


def decode_id(value: str, expected: str, field: str = "id") -> int:
    """The primary key inside a global ID, refusing IDs of any other type."""
    type_name, pk = decode_any_id(value, field)
    if type_name != expected:
        raise DomainError(ErrorCode.INVALID_ID, f"expected an id of a {expected}, got one of a {type_name}", field)
    return pk


@strawberry.interface(description="An object with a global ID, fetchable with `node(id:)`.")
class Node:
    @strawberry.field(description="Global ID.")
    def id(self, root: strawberry.Parent[Any], info: strawberry.Info) -> strawberry.ID:
        return strawberry.ID(encode_id(info.path.typename, root.pk))


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type(description="A page of results.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    _queryset: strawberry.Private[QuerySet | None] = None
    _count: strawberry.Private[int | None] = None

    @strawberry.field(description="Number of results across all pages.")
    async def total_count(self) -> int:
        if self._count is None:
            self._count = await self._queryset.count() if self._queryset is not None else len(self.edges)
        return self._count

    @strawberry.field(description="The nodes of this page, without edges.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str, field: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = raw.partition(":")
        if kind != "o":
            raise ValueError
        value = int(number)
        if not 0 <= value <= MAX_OFFSET:
            raise ValueError
        return value
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(ErrorCode.INVALID, "malformed cursor", field) from None


@dataclass(frozen=True)
class PageArgs:
    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None


def _check_size(name: str, value: int | None, maximum: int) -> None:
    if value is None:
        return
    if value < 0:
        raise DomainError(ErrorCode.INVALID, f"{name} must not be negative", name)
    if value > maximum:
        raise DomainError(ErrorCode.LIMIT_EXCEEDED, f"{name} must be at most {maximum}", name)


def forward_window(page: PageArgs, default_size: int, max_size: int) -> tuple[int, int]:
    """(offset, size) of a forward page (`first`/`after`) of results a caller fetches itself (a raw
    query sorted by distance, say): fetch `size + 1` rows from `offset` and hand them to `forward_page`."""
    _check_size("first", page.first, max_size)
    if page.last is not None or page.before is not None:
        raise DomainError(ErrorCode.INVALID, "this list pages forward only: use first and after", "last")
    return (_offset(page.after, "after") + 1 if page.after else 0), (default_size if page.first is None else page.first)


def forward_page(rows: list[Any], start: int, size: int) -> tuple[list[tuple[Any, str]], PageInfo]:
    """The rows of a forward page with their cursors, and its PageInfo (`rows` holds up to size + 1)."""
    kept = [(row, _cursor(start + i)) for i, row in enumerate(rows[:size])]
    return kept, PageInfo(has_next_page=len(rows) > size, has_previous_page=start > 0,
                          start_cursor=kept[0][1] if kept else None, end_cursor=kept[-1][1] if kept else None)


async def paginate(queryset: QuerySet, page: PageArgs, default_size: int, max_size: int) -> Connection[Any]:
    """One page of an ordered queryset as a Connection (one query, plus COUNT when needed)."""
    _check_size("first", page.first, max_size)
    _check_size("last", page.last, max_size)
    if page.first is not None and page.last is not None:
        raise DomainError(ErrorCode.INVALID, "give first or last, not both", "last")
    start = _offset(page.after, "after") + 1 if page.after else 0
    end = _offset(page.before, "before") if page.before else None
    count = None
    if page.last is not None:
        if end is None:
            count = await queryset.count()
            end = count
        start = max(start, end - page.last)
        size = end - start
    else:
        size = page.first if page.first is not None else default_size
        if end is not None:
            size = min(size, max(0, end - start))
    rows: list[Model] = await queryset.offset(start).limit(size + 1) if size else []
    has_more = len(rows) > size
    rows = rows[:size]
    edges = [Edge(node=row, cursor=_cursor(start + i)) for i, row in enumerate(rows)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            # Paging backwards, rows exist after this page exactly when `before` named one.
            has_next_page=has_more if page.last is None else page.before is not None,
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        _queryset=queryset,
        _count=count,
    )
