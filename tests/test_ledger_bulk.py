"""The ledger in bulk and at the end: post_many (settlement) and the unit of work (merchant accounts moved last) keep every rule of post;
no posting runs outside a unit of work."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fenxiao.core import ledger
from fenxiao.core.models import Account, AccountKind, LedgerEntry, LedgerTransaction, User
from fenxiao.core.services import accounts
from fenxiao.core.unit_of_work import OutsideUnitOfWork, unit_of_work


async def _member_with_frozen(amount: int) -> tuple[int, dict[AccountKind, Account]]:
    async with unit_of_work():
        owner = await User.create(email="owner@example.com", password_hash="-")
        merchant = await accounts.create_merchant(owner, "bulk", "Bulk")
        member = await User.create(email="member@example.com", password_hash="-")
        mine = await ledger.member_accounts(merchant.id, member.id)
        expense = await ledger.merchant_account(merchant.id, AccountKind.COMMISSION_EXPENSE)
        await ledger.post(merchant.id, "seed", "seed", [ledger.Entry(expense, -amount), ledger.Entry(mine[AccountKind.FROZEN], amount)])
    return merchant.id, mine


def _release(mine: dict[AccountKind, Account], key: str, amount: int) -> ledger.Posting:
    return ledger.Posting(key, "commission_release", [ledger.Entry(mine[AccountKind.FROZEN], -amount),
                                                      ledger.Entry(mine[AccountKind.AVAILABLE], amount)])


async def _balances(merchant_id: int, owner_id: int) -> dict[str, int]:
    return {a.kind: a.balance for a in await Account.filter(merchant_id=merchant_id, owner_id=owner_id)}


async def test_posts_each_key_once_and_moves_balances(database):
    merchant_id, mine = await _member_with_frozen(1000)
    owner_id = mine[AccountKind.FROZEN].owner_id
    async with unit_of_work():
        assert await ledger.post_many(merchant_id, [_release(mine, "a", 300), _release(mine, "b", 200)]) == 2
    async with unit_of_work():
        assert await ledger.post_many(merchant_id, [_release(mine, "a", 300), _release(mine, "c", 100)]) == 1
    balances = await _balances(merchant_id, owner_id)
    assert balances["frozen"] == 400 and balances["available"] == 600
    assert await LedgerTransaction.filter(merchant_id=merchant_id, kind="commission_release").count() == 3
    assert sum(await LedgerEntry.filter(merchant_id=merchant_id).values_list("amount", flat=True)) == 0
    # the batch's shared columns (bound once) land as the right values and types on both databases
    started = datetime.now(timezone.utc) - timedelta(minutes=5)
    for row in [*await LedgerEntry.filter(merchant_id=merchant_id), *await LedgerTransaction.filter(merchant_id=merchant_id)]:
        assert row.merchant_id == merchant_id and started < row.created_at <= datetime.now(timezone.utc)


async def test_refuses_to_overdraw_and_writes_nothing(database):
    merchant_id, mine = await _member_with_frozen(500)
    owner_id = mine[AccountKind.FROZEN].owner_id
    with pytest.raises(ledger.Overdraft):
        async with unit_of_work():
            await ledger.post_many(merchant_id, [_release(mine, "a", 300), _release(mine, "b", 300)])
    assert await _balances(merchant_id, owner_id) == {"pending": 0, "frozen": 500, "available": 0, "withdrawing": 0, "debt": 0, "reserve": 0}
    assert not await LedgerTransaction.filter(merchant_id=merchant_id, kind="commission_release").exists()


async def test_refuses_unbalanced_postings(database):
    merchant_id, mine = await _member_with_frozen(500)
    with pytest.raises(ValueError):
        async with unit_of_work():
            await ledger.post_many(merchant_id, [ledger.Posting("x", "x", [ledger.Entry(mine[AccountKind.FROZEN], -1)])])


async def test_postings_refuse_to_run_outside_a_unit_of_work(database):
    merchant_id, mine = await _member_with_frozen(500)
    owner_id = mine[AccountKind.FROZEN].owner_id
    with pytest.raises(OutsideUnitOfWork):
        await ledger.post(merchant_id, "loose", "commission_release", _release(mine, "loose", 100).entries)
    with pytest.raises(OutsideUnitOfWork):
        await ledger.post_many(merchant_id, [_release(mine, "loose-many", 100)])
    with pytest.raises(OutsideUnitOfWork):
        await ledger.adjust(merchant_id, owner_id, 100, "loose-adjust", "no unit of work")
    assert await _balances(merchant_id, owner_id) == {"pending": 0, "frozen": 500, "available": 0, "withdrawing": 0, "debt": 0, "reserve": 0}
    assert not await LedgerTransaction.filter(merchant_id=merchant_id, key__startswith="loose").exists()


async def test_merchant_accounts_move_at_the_end_of_a_ledger_transaction(database):
    merchant_id, mine = await _member_with_frozen(500)
    cash = await ledger.merchant_account(merchant_id, AccountKind.CASH)
    sales = await ledger.merchant_account(merchant_id, AccountKind.SALES)
    async with unit_of_work():
        await ledger.post(merchant_id, "sale", "order_payment", [ledger.Entry(cash, -700), ledger.Entry(sales, 700)])
        assert (await ledger.merchant_account(merchant_id, AccountKind.SALES)).balance == 0  # not yet: held for the commit
    assert (await ledger.merchant_account(merchant_id, AccountKind.SALES)).balance == 700
    assert (await ledger.merchant_account(merchant_id, AccountKind.CASH)).balance == -700


async def test_a_merchant_move_refused_at_the_end_rolls_the_whole_transaction_back(database):
    merchant_id, mine = await _member_with_frozen(500)
    owner_id = mine[AccountKind.FROZEN].owner_id
    cash = await ledger.merchant_account(merchant_id, AccountKind.CASH)
    sales = await ledger.merchant_account(merchant_id, AccountKind.SALES)
    with pytest.raises(ledger.Overdraft):
        async with unit_of_work():
            await ledger.post(merchant_id, "release", "commission_release", [_release(mine, "x", 200).entries[0],
                                                                             _release(mine, "x", 200).entries[1]])
            await ledger.post(merchant_id, "refund", "order_refund", [ledger.Entry(sales, -100), ledger.Entry(cash, 100)])
    assert await _balances(merchant_id, owner_id) == {"pending": 0, "frozen": 500, "available": 0, "withdrawing": 0, "debt": 0, "reserve": 0}
    assert not await LedgerTransaction.filter(merchant_id=merchant_id, key__in=["release", "refund"]).exists()
    assert (await ledger.merchant_account(merchant_id, AccountKind.SALES)).balance == 0
