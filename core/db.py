"""Database plumbing: Tortoise configuration, start/stop, portable raw SQL, query counting.

Most code uses the ORM. Raw SQL is kept for the few statements the ORM cannot
say portably and atomically (conditional stock and balance updates, bulk
settlement); `execute`/`fetch` accept `?` placeholders on both SQLite and
PostgreSQL.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.exceptions import DBConnectionError, OperationalError

from fenxiao.core.errors import OperatorError
from fenxiao.core.settings import shown_url

if TYPE_CHECKING:
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.settings import Settings

CORE_APP = "core"
CORE_MODULES = ("fenxiao.core.models", "aerich.models")


def tortoise_config(settings: Settings, manager: PluginManager, database_url: str | None = None) -> dict:
    """Tortoise config with one app for the core and one per installed plugin that has models."""
    url = database_url or settings.database_url
    if url.startswith(("postgres://", "asyncpg://", "postgresql://")):
        separator = "&" if "?" in url else "?"
        if "maxsize=" not in url:
            url = f"{url}{separator}minsize=1&maxsize={settings.db_pool_size}"
    apps: dict[str, Any] = {CORE_APP: {"models": list(CORE_MODULES), "default_connection": "default"}}
    for name, models in manager.models().items():
        apps[name] = {"models": list(models.modules), "default_connection": "default"}
    return {"connections": {"default": url}, "apps": apps, "use_tz": True, "timezone": "UTC"}


def forget_cached_sql() -> None:
    """Drop Tortoise's per-table SQL cache.

    Tortoise caches INSERT/DELETE statements per (connection name, table),
    not per dialect; a process that talks to SQLite and then PostgreSQL under
    the same connection name (the test suite, `fenxiao makemigrations`) would
    reuse SQLite's placeholders. Cheap, and only done when connecting.
    """
    EXECUTOR_CACHE.clear()


_immutable: dict[Any, Any] = {}


def immutable_rows() -> dict[Any, Any]:
    """A per-process cache of facts about rows that never change once written (e.g. the id of a
    merchant's cash account). Emptied whenever the process connects to a database, so it never
    outlives the database it was read from."""
    return _immutable


class DatabaseUnavailable(OperatorError):
    """The database named by DATABASE_URL cannot be reached or opened."""


def unavailable(error: BaseException, url: str) -> DatabaseUnavailable | None:
    """The operator's problem behind `error`, when it is one — a host, a port, a password, a file
    (looked for along the exception's causes) — and None for any other error."""
    try:
        import asyncpg
        postgres_errors: tuple[type[BaseException], ...] = (
            asyncpg.PostgresConnectionError, asyncpg.InvalidAuthorizationSpecificationError,
            asyncpg.InvalidCatalogNameError, asyncpg.CannotConnectNowError, asyncpg.TooManyConnectionsError)
    except ImportError:  # pragma: no cover - asyncpg comes with Fenxiao
        postgres_errors = ()
    seen = error
    for _ in range(5):
        if isinstance(seen, (OSError, DBConnectionError, *postgres_errors)) or (
                isinstance(seen, OperationalError) and "unable to open" in str(seen)):
            return DatabaseUnavailable(f"DATABASE_URL: cannot reach the database at {shown_url(url)}: {error}")
        seen = seen.__cause__ or seen.__context__
        if seen is None:
            break
    return None


async def probe(url: str) -> None:
    """Open the database at `url` once and close it again, or DatabaseUnavailable saying why: for
    commands that hand the URL to a library that would otherwise fail deep inside (aerich)."""
    try:
        if url.startswith("sqlite://"):
            path = url.removeprefix("sqlite://").split("?")[0]
            if path != ":memory:":
                sqlite3.connect(path).close()
        else:
            import asyncpg

            dsn = re.sub(r"^(asyncpg|postgres)://", "postgresql://", url)
            dsn = re.sub(r"[?&](minsize|maxsize)=\d+", "", dsn)
            connection = await asyncpg.connect(dsn, timeout=30)
            await connection.close()
    except (sqlite3.Error, OSError, Exception) as error:
        problem = unavailable(error, url) or (DatabaseUnavailable(f"DATABASE_URL: cannot open {shown_url(url)}: {error}")
                                              if isinstance(error, sqlite3.Error) else None)
        if problem is None:
            raise
        raise problem from None


async def init(config: dict) -> None:
    """Start Tortoise for this process (global fallback, so every task and request sees it), and
    connect now: a wrong DATABASE_URL is said here, in one line (DatabaseUnavailable)."""
    forget_cached_sql()
    _immutable.clear()
    url = config["connections"]["default"]
    try:
        await Tortoise.init(config=config, _enable_global_fallback=True)
        await connection().execute_query("SELECT 1")
    except Exception as error:
        problem = unavailable(error, url)
        if problem is None:
            raise
        await Tortoise.close_connections()
        raise problem from None


async def close() -> None:
    _immutable.clear()
    await Tortoise.close_connections()


def connection() -> BaseDBAsyncClient:
    """The connection of the current context: the open transaction's, if any."""
    return connections.get("default")


def dialect() -> str:
    return connection().schema_generator.DIALECT


_PLACEHOLDER = re.compile(r"\?")


def _portable(sql: str, client: BaseDBAsyncClient) -> str:
    if client.schema_generator.DIALECT != "postgres":
        return sql
    counter = iter(range(1, 10_000))
    return _PLACEHOLDER.sub(lambda _: f"${next(counter)}", sql)


async def execute(sql: str, *params: Any) -> int:
    """Run a statement without result rows; returns the number of rows it changed."""
    client = connection()
    affected, _ = await client.execute_query(_portable(sql, client), list(params))
    return affected


async def fetch(sql: str, *params: Any) -> list[dict]:
    """Run a query (or a statement with RETURNING) and return its rows as dicts."""
    client = connection()
    return await client.execute_query_dict(_portable(sql, client), list(params))


def rows_source(columns: dict[str, str], rows: list[tuple], constants: dict[str, tuple[str, Any]] | None = None) -> tuple[str, list[Any]]:
    """A SELECT yielding `rows` with these named, typed columns ({name: SQL type}), and its parameters.

    `constants` ({name: (SQL type, value)}) are columns with one value for every row (a batch's
    merchant, its timestamp): bound once and yielded first, before `columns`.
    PostgreSQL gets one array per column (`unnest`): a few parameters whatever the number of
    rows, so thousands of rows bind and plan in no time. SQLite gets VALUES rows; callers keep
    rows × columns within its 32,766 parameters.
    """
    constants = constants or {}
    fixed_params = [value for _, value in constants.values()]
    names = ", ".join(columns)
    if dialect() == "postgres":
        fixed = "".join(f"CAST(? AS {kind}) AS {name}, " for name, (kind, _) in constants.items())
        arrays = ", ".join(f"CAST(? AS {kind}[])" for kind in columns.values())
        return f"SELECT {fixed}t.* FROM unnest({arrays}) AS t({names})", [*fixed_params, *(list(column) for column in zip(*rows))]
    # SQLite: no casts (a CAST to a type it does not know would make a timestamp a number); the target columns' affinities apply
    fixed = "".join(f"? AS {name}, " for name in constants)
    row = "(" + ", ".join("?" * len(columns)) + ")"
    aliases = ", ".join(f"column{i + 1} AS {name}" for i, name in enumerate(columns))
    return f"SELECT {fixed}{aliases} FROM (VALUES {', '.join([row] * len(rows))})", [*fixed_params, *(value for r in rows for value in r)]


SQLITE_IDS_PER_STATEMENT = 5_000  # well under SQLite's 32,766 parameters


def in_ids(column: str, ids: list[int]) -> list[tuple[str, list[Any]]]:
    """`column IN (…)` conditions that together cover `ids`, with their parameters: one condition
    with a single array parameter on PostgreSQL whatever the number of ids, chunks of
    placeholders on SQLite. Statements per call stay constant on PostgreSQL at any depth."""
    if dialect() == "postgres":
        return [(f"{column} = ANY(CAST(? AS BIGINT[]))", [list(ids)])]
    return [(f"{column} IN ({', '.join('?' * len(chunk))})", list(chunk))
            for chunk in (ids[i:i + SQLITE_IDS_PER_STATEMENT] for i in range(0, len(ids), SQLITE_IDS_PER_STATEMENT))]


# --- query counting (tests, benchmarks, and the `queries` response extension in development) ---

_counter: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("fenxiao_query_counter", default=None)
_DB_LOGGER = "tortoise.db_client"
_NOT_QUERIES = ("Created connection", "Closed connection")


class _CountQueries(logging.Filter):
    """Counts each statement Tortoise logs for the task's active counter, then lets the record through
    only if SQL logging was asked for."""

    def __init__(self, log_sql: bool) -> None:
        super().__init__()
        self.log_sql = log_sql

    def filter(self, record: logging.LogRecord) -> bool:
        counter = _counter.get()
        if counter is not None and not str(record.msg).startswith(_NOT_QUERIES):
            counter[0] += 1
        return self.log_sql


def enable_query_counting(log_sql: bool = False) -> None:
    logger = logging.getLogger(_DB_LOGGER)
    if not any(isinstance(f, _CountQueries) for f in logger.filters):
        logger.addFilter(_CountQueries(log_sql))
    logger.setLevel(logging.DEBUG)


@contextmanager
def count_queries() -> Iterator[list[int]]:
    """`with count_queries() as n:` … `n[0]` is the number of statements run inside."""
    token = _counter.set([0])
    try:
        yield _counter.get()
    finally:
        _counter.reset(token)
