"""One unit of work per write: the one way a write opens its database transaction.

Every write path opens `unit_of_work()`: a GraphQL mutation (its `Guard`), a payment
webhook, each unit of `fenxiao settle` (one release batch, one routing, one reward, one
expiry …), a command-line import and the demo. Inside it:

- one database transaction: everything commits or rolls back together;
- work to finish before the commit (`before_commit`): the order transitions plugins asked
  for (core.services.orders) and then the merchant's own account moves (core.ledger);
- work for after the commit (`after_commit`): notifications, in the order it was queued,
  run only once the commit succeeded and dropped when the unit rolls back.

Money and stock only move inside one: `ledger.post`, the guarded stock and balance
updates and row locks call `require()`, which refuses loudly outside a unit of work
(a row lock outside a transaction locks nothing; a posting half-written is a corrupt
ledger). A part that may fail on its own without spoiling the rest (a unique insert that
may lose a race) runs in a `savepoint()`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from tortoise.transactions import in_transaction

log = logging.getLogger("fenxiao.unit_of_work")
Callback = Callable[[], Awaitable[None]]


class OutsideUnitOfWork(RuntimeError):
    """A write that must be part of a unit of work ran outside one: a bug in the caller."""


class UnitOfWork:
    """The state of one open unit of work (see the module docstring)."""

    def __init__(self) -> None:
        self._before: list[Callback] = []
        self._last: list[Callback] = []
        self._after: list[Callback] = []
        self._keys: set[str] = set()
        self.state: dict[str, Any] = {}  # what a module keeps for the length of the unit (ledger moves, order intents)

    def before_commit(self, key: str, callback: Callback, *, last: bool = False) -> None:
        """Run `callback` inside the transaction just before it commits, once per `key`.

        Callbacks run in the order they were registered, and may register more; those
        registered with `last` run after all the others (the ledger's merchant moves, which
        every other step may still add to)."""
        if key in self._keys:
            return
        self._keys.add(key)
        (self._last if last else self._before).append(callback)

    def after_commit(self, callback: Callback) -> None:
        """Run `callback` once the transaction has committed (never if it rolls back)."""
        self._after.append(callback)

    async def _finish(self) -> None:
        while self._before or self._last:
            if self._before:
                callback = self._before.pop(0)
            else:
                callback = self._last.pop(0)
            await callback()

    async def _run_after_commit(self) -> None:
        callbacks, self._after = self._after, []
        for callback in callbacks:
            try:
                await callback()
            except Exception:  # after the commit nothing may undo the change: log and go on
                log.exception("after-commit work failed")


_current: ContextVar[UnitOfWork | None] = ContextVar("fenxiao_unit_of_work", default=None)


def current() -> UnitOfWork:
    """The open unit of work, or OutsideUnitOfWork."""
    work = _current.get()
    if work is None:
        raise OutsideUnitOfWork("no unit of work is open: writes run inside core.unit_of_work.unit_of_work()")
    return work


def is_open() -> bool:
    return _current.get() is not None


def require(what: str) -> UnitOfWork:
    """Refuse (OutsideUnitOfWork) to do `what` outside a unit of work; returns the open one."""
    work = _current.get()
    if work is None:
        raise OutsideUnitOfWork(f"{what} must run inside a unit of work (core.unit_of_work.unit_of_work())")
    return work


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[UnitOfWork]:
    """Open the unit of work of one write. Not nested: a part that may fail alone is a `savepoint()`."""
    if _current.get() is not None:
        raise RuntimeError("a unit of work is already open; use savepoint() for a part that may fail on its own")
    work = UnitOfWork()
    token = _current.set(work)
    try:
        async with in_transaction():
            yield work
            await work._finish()
    finally:
        _current.reset(token)
    await work._run_after_commit()


@asynccontextmanager
async def savepoint() -> AsyncIterator[None]:
    """A part of the open unit of work that rolls back alone when it raises (the rest goes on)."""
    require("a savepoint")
    async with in_transaction():
        yield
