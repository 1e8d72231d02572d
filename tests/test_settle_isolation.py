"""`fenxiao settle` under failure: what fails is logged, reported and left for the next run; everything
else — the rest of the plugin, the other plugins, the other merchants — still settles; the books stay
right; and the next run finishes the work exactly once. Failures are injected where they hurt most:
a posting that fails after its entries are written, an item of each plugin's work, a whole plugin."""

from __future__ import annotations

from datetime import datetime

import pytest

from fenxiao.core import ledger
from fenxiao.schema.cli import settle_and_report
from fenxiao.core.services.settlement import settle
from fenxiao.plugins.b2b2c_social import network
from fenxiao.plugins.b2b_ordering import service as ordering
from tests.settle_population import done_exactly_once, populate


class Boom(RuntimeError):
    """The injected failure."""


async def _two_merchants(manager) -> tuple:
    return await populate(manager, "settle-a"), await populate(manager, "settle-b")


async def test_failing_items_are_isolated_reported_and_finished_by_the_next_run(database, manager, monkeypatch):
    a, b = await _two_merchants(manager)
    at: datetime = a.settle_at()
    victim_reward, victim_expiry, victim_restock = a.achievers[0], a.expiring[1], a.waiting[0]
    real_move, real_post_many, real_expire_move, real_source = ledger._move, ledger.post_many, network.move, ordering._source

    async def failing_move(account, amount):  # a posting that fails after its entries were written
        if account.owner_id == victim_reward:
            raise Boom("the bank said no")
        await real_move(account, amount)

    async def failing_post_many(merchant_id, postings):  # a release batch holding one victim's commission
        if any(entry.account.owner_id == a.achievers[1] for posting in postings for entry in posting.entries):
            raise Boom("one member's account is locked by the bank")
        return await real_post_many(merchant_id, postings)

    async def failing_expiry(row, new_upline):
        if row.user_id == victim_expiry and new_upline is None:
            raise Boom("expiry failed")
        await real_expire_move(row, new_upline)

    async def failing_source(ctx, order, *args, **kwargs):
        if order.id == victim_restock:
            raise Boom("routing failed")
        await real_source(ctx, order, *args, **kwargs)

    monkeypatch.setattr(ledger, "_move", failing_move)
    monkeypatch.setattr(ledger, "post_many", failing_post_many)
    monkeypatch.setattr(network, "move", failing_expiry)
    monkeypatch.setattr(ordering, "_source", failing_source)
    report = await settle(manager, at)
    parts = sorted({(failure.merchant, failure.part) for failure in report.failures})
    assert parts == [("settle-a", "b2b2c_social"), ("settle-a", "b2b_ordering"), ("settle-a", "core")], report.failures
    assert all("Boom" in failure.error for failure in report.failures)
    assert await done_exactly_once(manager, b) == []  # the other merchant settled whole
    left = await done_exactly_once(manager, a)
    assert left and not any(problem.startswith("check:") for problem in left), left  # unfinished, never corrupt

    monkeypatch.undo()
    again = await settle(manager, at)
    assert again.failures == []
    assert await done_exactly_once(manager, a) == [] and await done_exactly_once(manager, b) == []
    assert (await settle(manager, at)).counts == {}  # and a third run finds nothing left


async def test_a_plugin_that_fails_whole_does_not_stop_the_others(database, manager, monkeypatch, capsys):
    a = await populate(manager, "settle-whole", members=10, restocks=3)

    async def broken(ctx, now):
        raise Boom("the plugin's periodic work crashed")

    monkeypatch.setattr(ordering, "route_overdue", broken)
    assert await settle_and_report(manager, a.settle_at(), None) == 1
    err = capsys.readouterr().err
    assert "FAILED settle-whole [b2b_ordering] fenxiao_settle: Boom" in err
    left = await done_exactly_once(manager, a)
    assert left and all("not completed" in problem for problem in left), left  # only the waiting restocks remain
    monkeypatch.undo()
    assert await settle_and_report(manager, a.settle_at(), None) == 0
    assert await done_exactly_once(manager, a) == []


@pytest.mark.parametrize("broken", ["b2b2c_social", "core"])
async def test_one_merchant_failing_whole_does_not_stop_the_next(database, manager, monkeypatch, broken):
    first = await populate(manager, "settle-first", members=10, restocks=2)
    second = await populate(manager, "settle-second", members=10, restocks=2)
    real_context = manager.context

    async def context(merchant, user):
        if merchant.slug == "settle-first" and broken == "core":
            raise Boom("the merchant's plugins could not be loaded")
        return await real_context(merchant, user)

    async def expire(ctx, now):
        raise Boom("expiry crashed")

    if broken == "core":
        monkeypatch.setattr(manager, "context", context)
    else:
        monkeypatch.setattr(network, "expire_bindings", expire)
    report = await settle(manager, first.settle_at())
    assert {failure.merchant for failure in report.failures} == ({"settle-first"} if broken == "core" else {"settle-first", "settle-second"})
    monkeypatch.undo()
    assert (await settle(manager, first.settle_at())).failures == []
    assert await done_exactly_once(manager, first) == [] and await done_exactly_once(manager, second) == []
