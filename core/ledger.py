"""Double-entry money: post balanced transactions, and move commissions through their states.

Every movement of money is one `post()`: a transaction with a unique key
(so posting twice posts once) and entries that sum to zero. Account balances
are kept in the account row, updated in the same database transaction with a
conditional UPDATE that refuses to cross the account's bound: that is what
makes an overdraft impossible under any concurrency, on SQLite and PostgreSQL.

Commissions (any money a plugin grants a member for an order) live in the
`commission` table and move: pending (order paid) → frozen (order completed,
for the after-sales window) → available (`fenxiao settle`), or are reversed
in proportion to refunds. A reversal of money already available takes what is
there and records the rest as the member's debt, repaid first from future
earnings.

Sign convention: see core/models/ledger.py (credit positive).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import db, unit_of_work
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import (
    Account,
    AccountKind,
    Commission,
    CommissionState,
    LedgerEntry,
    LedgerTransaction,
    Merchant,
    Order,
    OrderLine,
    Refund,
)
from fenxiao.core.models.ledger import MEMBER_ACCOUNTS, MERCHANT_ACCOUNTS
from fenxiao.core.money import proportion

# (lowest, highest) balance an account may hold; None means unbounded.
BOUNDS: dict[AccountKind, tuple[int | None, int | None]] = {
    AccountKind.PENDING: (0, None),
    AccountKind.FROZEN: (0, None),
    AccountKind.AVAILABLE: (0, None),
    AccountKind.WITHDRAWING: (0, None),
    AccountKind.DEBT: (None, 0),
    AccountKind.RESERVE: (0, None),
    AccountKind.PURCHASES: (None, 0),
    AccountKind.SALES: (0, None),
    AccountKind.FEE_INCOME: (0, None),
    AccountKind.COMMISSION_EXPENSE: (None, 0),
    AccountKind.CASH: (None, None),
}
STATE_ACCOUNT = {
    CommissionState.PENDING: AccountKind.PENDING,
    CommissionState.FROZEN: AccountKind.FROZEN,
    CommissionState.AVAILABLE: AccountKind.AVAILABLE,
}


def within_bounds(kind: AccountKind, balance: int) -> bool:
    low, high = BOUNDS[AccountKind(kind)]
    return (low is None or balance >= low) and (high is None or balance <= high)


# --- accounts ---


async def create_merchant_accounts(merchant_id: int) -> None:
    """The merchant's own accounts, made once with the merchant."""
    await Account.bulk_create([Account(merchant_id=merchant_id, kind=kind) for kind in MERCHANT_ACCOUNTS])


async def merchant_account(merchant_id: int, kind: AccountKind) -> Account:
    """The merchant's account of this kind, as it is now (balance included)."""
    return await Account.get(merchant_id=merchant_id, owner_id=None, kind=kind)


async def _merchant_ref(merchant_id: int, kind: AccountKind) -> AccountRef:
    """The merchant's account of this kind to post to (its balance is not read).

    Every payment and commission posts to the merchant's accounts; their ids never change,
    so they are looked up once per process instead of once per posting."""
    ids = db.immutable_rows()
    key = ("merchant_account", merchant_id, kind)
    if key not in ids:
        ids[key] = (await merchant_account(merchant_id, kind)).id
    return AccountRef(id=ids[key], merchant_id=merchant_id, owner_id=None, kind=kind)


async def member_accounts(merchant_id: int, owner_id: int) -> dict[AccountKind, Account]:
    """A member's accounts (MEMBER_ACCOUNTS), created on first use (race-safe: INSERT … ON CONFLICT DO NOTHING)."""
    rows = await Account.filter(merchant_id=merchant_id, owner_id=owner_id)
    if len(rows) < len(MEMBER_ACCOUNTS):  # a new member, or one from before a kind was added
        stamp = utcnow()
        for kind in MEMBER_ACCOUNTS:
            await db.execute(
                "INSERT INTO account (merchant_id, owner_id, kind, balance, created_at) VALUES (?, ?, ?, 0, ?) "
                "ON CONFLICT (merchant_id, owner_id, kind) DO NOTHING",
                merchant_id, owner_id, kind.value, stamp,
            )
        rows = await Account.filter(merchant_id=merchant_id, owner_id=owner_id)
    return {AccountKind(row.kind): row for row in rows}


async def _lock(account: Account) -> int:
    """Current balance, with the row locked until commit on PostgreSQL (SQLite serialises anyway)."""
    unit_of_work.require("locking an account")
    locked = await Account.filter(id=account.id).select_for_update().first()
    return locked.balance


# --- posting ---


@dataclass(slots=True)
class AccountRef:
    """An account to post to, known by id without loading it: what a posting reads of an account
    (id, owner, kind), built in a microsecond where an ORM instance takes thirty — settlement
    names three accounts for each of thousands of members per batch."""

    id: int
    merchant_id: int
    owner_id: int | None
    kind: AccountKind
    balance: int = 0


@dataclass(frozen=True)
class Entry:
    account: Account | AccountRef
    amount: int


class Overdraft(DomainError):
    def __init__(self, account: Account | AccountRef):
        super().__init__(ErrorCode.INSUFFICIENT_FUNDS, f"the {AccountKind(account.kind).value} balance is too low", "amount")


async def post(merchant_id: int, key: str, kind: str, entries: list[Entry], order_id: int | None = None, memo: str = "") -> LedgerTransaction | None:
    """Post a balanced transaction once. Returns None if `key` was already posted.

    Raises `Overdraft` (a DomainError) if an account would leave its bounds;
    the caller's transaction then rolls back as a whole.
    """
    unit_of_work.require("a ledger posting")
    totals: dict[int, int] = defaultdict(int)
    accounts: dict[int, Account | AccountRef] = {}
    for entry in entries:
        totals[entry.account.id] += entry.amount
        accounts[entry.account.id] = entry.account
    if sum(totals.values()) != 0:
        raise ValueError(f"unbalanced ledger transaction {key}: {dict(totals)}")
    moves = {account_id: amount for account_id, amount in totals.items() if amount}
    if not moves:
        return None
    stamp = utcnow()
    inserted = await db.fetch(
        "INSERT INTO ledger_transaction (merchant_id, key, kind, memo, order_id, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (merchant_id, key) DO NOTHING RETURNING id",
        merchant_id, key, kind, memo[:300], order_id, stamp,
    )
    if not inserted:
        return None
    transaction_id = inserted[0]["id"]
    await LedgerEntry.bulk_create(
        [
            LedgerEntry(merchant_id=merchant_id, transaction_id=transaction_id, account_id=account_id, amount=amount, created_at=stamp)
            for account_id, amount in sorted(moves.items())
        ]
    )
    for account_id, amount in sorted(moves.items()):  # one lock order everywhere: no deadlocks
        if not _defer_merchant_move(accounts[account_id], amount):
            await _move(accounts[account_id], amount)
    return LedgerTransaction(id=transaction_id, merchant_id=merchant_id, key=key, kind=kind, memo=memo, order_id=order_id)


async def _move(account: Account | AccountRef, amount: int) -> None:
    """Add `amount` to the balance, refusing (Overdraft) to leave the account's bounds."""
    low, high = BOUNDS[AccountKind(account.kind)]
    condition = ""
    params: list = [amount, account.id]
    if low is not None:
        condition += " AND balance + ? >= ?"
        params += [amount, low]
    if high is not None:
        condition += " AND balance + ? <= ?"
        params += [amount, high]
    if await db.execute(f"UPDATE account SET balance = balance + ? WHERE id = ?{condition}", *params) != 1:
        raise Overdraft(account)
    account.balance += amount


MERCHANT_MOVES = "ledger.merchant_moves"


def _defer_merchant_move(account: Account | AccountRef, amount: int) -> bool:
    """Hold a move of one of the merchant's own accounts for the end of the unit of work.

    Every payment and commission of a merchant posts to the same few merchant accounts
    (cash, sales, commission expense). Updated where they are posted, their rows would stay
    locked for the rest of the transaction and concurrent checkouts would queue behind each
    other. Summed and applied last, just before the commit (one bounded UPDATE per account,
    in id order), they are held only for the commit. Their entries are written where they
    are posted, so a unit that fails anywhere (the final UPDATE included) rolls back whole.
    Nobody reads a merchant account's balance inside a unit that posts to it; members'
    accounts, which are read (debt, available), still move immediately.
    """
    if account.owner_id is not None:
        return False
    work = unit_of_work.current()
    moves: dict[int, tuple[Account | AccountRef, int]] | None = work.state.get(MERCHANT_MOVES)
    if moves is None:
        moves = work.state[MERCHANT_MOVES] = {}
        work.before_commit(MERCHANT_MOVES, lambda: _apply_merchant_moves(moves), last=True)
    held, total = moves.get(account.id, (account, 0))
    moves[account.id] = (held, total + amount)
    return True


async def _apply_merchant_moves(moves: dict[int, tuple[Account | AccountRef, int]]) -> None:
    for account_id in sorted(moves):  # one lock order everywhere: no deadlocks
        account, amount = moves[account_id]
        if amount:
            await _move(account, amount)
    moves.clear()


async def _credit_available(accounts: dict[AccountKind, Account], amount: int) -> list[Entry]:
    """Entries that credit `amount` to a member: first repaying their debt, the rest available."""
    debt = -await _lock(accounts[AccountKind.DEBT])
    repay = min(debt, amount)
    return [Entry(accounts[AccountKind.DEBT], repay), Entry(accounts[AccountKind.AVAILABLE], amount - repay)]


async def _debit_available(accounts: dict[AccountKind, Account], amount: int) -> list[Entry]:
    """Entries that take `amount` back from a member: what is available, the rest as debt."""
    available = await _lock(accounts[AccountKind.AVAILABLE])
    take = min(available, amount)
    return [Entry(accounts[AccountKind.AVAILABLE], -take), Entry(accounts[AccountKind.DEBT], -(amount - take))]


# --- payments of orders ---


async def record_payment(order: Order, amount: int, reference: str) -> None:
    cash = await _merchant_ref(order.merchant_id, AccountKind.CASH)
    sales = await _merchant_ref(order.merchant_id, AccountKind.SALES)
    await post(order.merchant_id, f"order:{order.id}:payment", "order_payment",
               [Entry(cash, -amount), Entry(sales, amount)], order_id=order.id, memo=f"order {order.number} paid ({reference})")


async def record_refund(order: Order, refund: Refund) -> None:
    cash = await _merchant_ref(order.merchant_id, AccountKind.CASH)
    sales = await _merchant_ref(order.merchant_id, AccountKind.SALES)
    total = refund.amount + refund.shipping_amount
    await post(order.merchant_id, f"refund:{refund.id}", "order_refund",
               [Entry(sales, -total), Entry(cash, total)], order_id=order.id, memo=f"order {order.number} refund")


# --- commissions ---


async def accrue_commission(
    order: Order,
    beneficiary_id: int,
    amount: int,
    *,
    source: str,
    kind: str,
    level: int = 0,
    line: OrderLine | None = None,
    base: int = 0,
    rate_bps: int | None = None,
    key: str | None = None,
) -> Commission | None:
    """Grant `amount` to a member for an order, as pending. Call it from `fenxiao_order_paid`.

    Idempotent: the key (by default source, kind, order, line, beneficiary,
    level) is unique per merchant; granting it again returns None. Nothing is
    granted on a line to a member `not_paid_on` names for it, but by the source named (returns None).
    """
    unit_of_work.require("granting a commission")
    if amount < 0:
        raise ValueError("a commission cannot be negative")
    if amount == 0:
        return None
    if line is not None and (order.attribution or {}).get(NOT_PAID, {}).get(str(line.id), {}).get(str(beneficiary_id), source) != source:
        return None
    key = key or f"{source}:{kind}:{order.id}:{line.id if line else '-'}:{beneficiary_id}:{level}"
    stamp = utcnow()
    created = await db.fetch(
        "INSERT INTO commission (merchant_id, order_id, line_id, beneficiary_id, source, kind, level, base, rate_bps, amount,"
        " reversed_amount, state, key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"
        " ON CONFLICT (merchant_id, key) DO NOTHING RETURNING id",
        order.merchant_id, order.id, line.id if line else None, beneficiary_id, source, kind, level, base, rate_bps, amount,
        CommissionState.PENDING.value, key, stamp, stamp,
    )
    if not created:
        return None
    commission = Commission(id=created[0]["id"], merchant_id=order.merchant_id, order_id=order.id, line_id=line.id if line else None,
                            beneficiary_id=beneficiary_id, source=source, kind=kind, level=level, base=base, rate_bps=rate_bps,
                            amount=amount, reversed_amount=0, state=CommissionState.PENDING, key=key, created_at=stamp, updated_at=stamp)
    accounts = await member_accounts(order.merchant_id, beneficiary_id)
    expense = await _merchant_ref(order.merchant_id, AccountKind.COMMISSION_EXPENSE)
    await post(order.merchant_id, f"commission:{commission.id}:accrue", "commission_accrue",
               [Entry(expense, -amount), Entry(accounts[AccountKind.PENDING], amount)],
               order_id=order.id, memo=f"{source} {kind} on order {order.number}")
    return commission


NOT_PAID = "not_paid"  # in order.attribution: {line id: {member id: the only source that may pay them on that line}}


def not_paid_on(order: Order, line_id: int, member_ids: list[int], source: str) -> None:
    """No mode but `source` grants these members anything on this line (a supplier is paid its share of
    its own line by the supplier mode, and no commission on top). Call it from `fenxiao_order_placed`;
    the core saves the attribution with the order."""
    named = order.attribution.setdefault(NOT_PAID, {}).setdefault(str(line_id), {})
    for member in sorted(set(member_ids)):
        named.setdefault(str(member), source)


async def freeze_commissions(order: Order, merchant: Merchant, completed_at: datetime) -> int:
    """At completion: pending → frozen until the after-sales window closes."""
    unit_of_work.require("freezing commissions")
    available_at = completed_at + timedelta(days=merchant.after_sales_days)
    count = 0
    for commission in await Commission.filter(merchant_id=order.merchant_id, order_id=order.id, state=CommissionState.PENDING).order_by("id"):
        changed = await Commission.filter(id=commission.id, state=CommissionState.PENDING).update(
            state=CommissionState.FROZEN, available_at=available_at
        )
        if not changed:
            continue
        remaining = commission.amount - commission.reversed_amount
        accounts = await member_accounts(order.merchant_id, commission.beneficiary_id)
        await post(order.merchant_id, f"commission:{commission.id}:freeze", "commission_freeze",
                   [Entry(accounts[AccountKind.PENDING], -remaining), Entry(accounts[AccountKind.FROZEN], remaining)],
                   order_id=order.id, memo=f"order {order.number} completed")
        count += 1
    return count


@dataclass(frozen=True)
class Posting:
    """One balanced transaction of a batch (see post_many)."""

    key: str
    kind: str
    entries: list[Entry]
    order_id: int | None = None
    memo: str = ""


BULK_ROWS = 1_000  # rows per INSERT (SQLite binds each value: 6,000 parameters at most, within its limit)
# A batch's rows share their merchant and timestamp (bound once, see db.rows_source); these vary.
TRANSACTION_COLUMNS = {"key": "TEXT", "kind": "TEXT", "memo": "TEXT", "order_id": "BIGINT"}
ENTRY_COLUMNS = {"transaction_id": "BIGINT", "account_id": "BIGINT", "amount": "BIGINT"}
LOWER_BOUNDED = tuple(kind.value for kind, (low, _) in BOUNDS.items() if low is not None)
UPPER_BOUNDED = tuple(kind.value for kind, (_, high) in BOUNDS.items() if high is not None)
assert all(bound in (0, None) for bounds in BOUNDS.values() for bound in bounds), "post_many checks bounds against 0"


async def post_many(merchant_id: int, postings: list[Posting]) -> int:
    """Post many balanced transactions in a few statements, each once (by key); returns how many were new.

    The same rules as `post`, in bulk: one INSERT for the transactions, one for their
    entries, the accounts locked in id order (as everywhere) and moved by one UPDATE
    that refuses to take any of them out of bounds (then `Overdraft`, and the caller's
    transaction rolls back). Settlement moves a hundred thousand commissions this way.
    """
    unit_of_work.require("a ledger posting")
    moves: list[tuple[Posting, dict[int, int]]] = []
    for posting in postings:
        totals: dict[int, int] = defaultdict(int)
        for entry in posting.entries:
            totals[entry.account.id] += entry.amount
        if sum(totals.values()) != 0:
            raise ValueError(f"unbalanced ledger transaction {posting.key}: {dict(totals)}")
        if any(totals.values()):
            moves.append((posting, {account_id: amount for account_id, amount in totals.items() if amount}))
    if not moves:
        return 0
    shared = {"merchant_id": ("BIGINT", merchant_id), "created_at": ("TIMESTAMPTZ", utcnow())}
    new: dict[str, int] = {}
    for start in range(0, len(moves), BULK_ROWS):
        source, params = db.rows_source(TRANSACTION_COLUMNS, [
            (posting.key, posting.kind, posting.memo[:300], posting.order_id) for posting, _ in moves[start:start + BULK_ROWS]], shared)
        rows = await db.fetch(f"INSERT INTO ledger_transaction ({', '.join([*shared, *TRANSACTION_COLUMNS])}) {source} WHERE true"
                              " ON CONFLICT (merchant_id, key) DO NOTHING RETURNING id, key", *params)
        new.update((row["key"], row["id"]) for row in rows)
    balances: dict[int, int] = defaultdict(int)
    entries: list[tuple] = []
    for posting, totals in moves:
        if posting.key not in new:
            continue
        for account_id, amount in sorted(totals.items()):
            entries.append((new[posting.key], account_id, amount))
            balances[account_id] += amount
    if not entries:
        return 0
    for start in range(0, len(entries), BULK_ROWS):
        source, params = db.rows_source(ENTRY_COLUMNS, entries[start:start + BULK_ROWS], shared)
        await db.execute(f"INSERT INTO ledger_entry ({', '.join([*shared, *ENTRY_COLUMNS])}) {source}", *params)
    by_id = {entry.account.id: entry.account for posting, _ in moves for entry in posting.entries}
    changed = sorted((account_id, amount) for account_id, amount in balances.items()
                     if amount and not _defer_merchant_move(by_id[account_id], amount))
    if changed:
        if db.dialect() == "postgres":  # rows counted, not returned: thousands of ids need not travel back
            [(condition, ids)] = db.in_ids("id", [account_id for account_id, _ in changed])  # one array on PostgreSQL
            await db.fetch(f"SELECT COUNT(*) FROM (SELECT id FROM account WHERE {condition} ORDER BY id FOR UPDATE) locked", *ids)
        lower, upper = ", ".join("?" * len(LOWER_BOUNDED)), ", ".join("?" * len(UPPER_BOUNDED))
        source, params = db.rows_source({"account_id": "BIGINT", "delta": "BIGINT"}, changed)
        updated = await db.execute(
            f"UPDATE account SET balance = account.balance + v.delta FROM ({source}) AS v WHERE account.id = v.account_id"
            f" AND (account.kind NOT IN ({lower}) OR account.balance + v.delta >= 0)"
            f" AND (account.kind NOT IN ({upper}) OR account.balance + v.delta <= 0)",
            *params, *LOWER_BOUNDED, *UPPER_BOUNDED,
        )
        if updated != len(changed):
            overdrawn = next(entry.account for posting, _ in moves for entry in posting.entries)
            raise Overdraft(overdrawn)
    return len(new)


async def release_due_batch(merchant_id: int, commission_ids: list[int]) -> int:
    """Frozen → available for these commissions (the after-sales window is over), in bulk.

    Each commission still gets its own ledger transaction (`commission:<id>:release`),
    repaying the member's debt first; a commission someone else released meanwhile is
    skipped by the conditional UPDATE. Returns how many this call released."""
    unit_of_work.require("releasing commissions")
    if not commission_ids:
        return 0
    marks = ", ".join("?" * len(commission_ids))
    released = await db.fetch(
        f"UPDATE commission SET state = ?, updated_at = ? WHERE merchant_id = ? AND state = ? AND id IN ({marks})"
        " RETURNING id, beneficiary_id, amount, reversed_amount, order_id",
        CommissionState.AVAILABLE.value, utcnow(), merchant_id, CommissionState.FROZEN.value, *commission_ids,
    )
    if not released:
        return 0
    members = sorted({row["beneficiary_id"] for row in released})
    # Rows, not model instances: a batch touches thousands of accounts and only needs their ids.
    kinds = (AccountKind.FROZEN, AccountKind.AVAILABLE, AccountKind.DEBT)
    marks = ", ".join("?" * len(members))
    lock = " ORDER BY id FOR UPDATE" if db.dialect() == "postgres" else ""
    accounts: dict[int, dict[AccountKind, AccountRef]] = defaultdict(dict)
    debt: dict[int, int] = {}
    for row in await db.fetch(f"SELECT id, owner_id, kind, balance FROM account WHERE merchant_id = ? AND kind IN (?, ?, ?)"
                              f" AND owner_id IN ({marks}){lock}", merchant_id, *[k.value for k in kinds], *members):
        kind = AccountKind(row["kind"])
        accounts[row["owner_id"]][kind] = AccountRef(id=row["id"], merchant_id=merchant_id, owner_id=row["owner_id"], kind=kind)
        if kind == AccountKind.DEBT:
            debt[row["owner_id"]] = -row["balance"]
    postings = []
    for row in sorted(released, key=lambda r: r["id"]):
        mine = accounts[row["beneficiary_id"]]
        remaining = row["amount"] - row["reversed_amount"]
        repay = min(debt[row["beneficiary_id"]], remaining)
        debt[row["beneficiary_id"]] -= repay
        postings.append(Posting(
            f"commission:{row['id']}:release", "commission_release",
            [Entry(mine[AccountKind.FROZEN], -remaining), Entry(mine[AccountKind.DEBT], repay),
             Entry(mine[AccountKind.AVAILABLE], remaining - repay)],
            order_id=row["order_id"], memo="after-sales window closed"))
    await post_many(merchant_id, postings)
    return len(released)


async def reverse_for_refund(order: Order, refund: Refund) -> int:
    """Take back each commission of the order in proportion to what has been refunded so far.

    Line commissions follow their line's refunded share, order-level ones the
    order's. Proportions round down, and a full refund takes back all that is
    left, so reversals never take more than was granted.
    """
    unit_of_work.require("reversing commissions")
    lines = {line.id: line for line in await OrderLine.filter(order_id=order.id)}
    expense = await _merchant_ref(order.merchant_id, AccountKind.COMMISSION_EXPENSE)
    reversed_total = 0
    commissions = await Commission.filter(merchant_id=order.merchant_id, order_id=order.id).exclude(state=CommissionState.REVERSED).order_by("id")
    for commission in commissions:
        if commission.line_id is not None:
            line = lines[commission.line_id]
            part, whole = line.refunded_amount, line.total
        else:
            part, whole = order.refunded_total, order.total
        target = commission.amount if whole == 0 or part >= whole else proportion(commission.amount, part, whole)
        delta = target - commission.reversed_amount
        if delta <= 0:
            continue
        accounts = await member_accounts(order.merchant_id, commission.beneficiary_id)
        state = CommissionState(commission.state)
        if state == CommissionState.AVAILABLE:
            member_side = await _debit_available(accounts, delta)
        else:
            member_side = [Entry(accounts[STATE_ACCOUNT[state]], -delta)]
        new_state = CommissionState.REVERSED if target == commission.amount else state
        changed = await Commission.filter(id=commission.id, state=state, reversed_amount=commission.reversed_amount).update(
            reversed_amount=target, state=new_state
        )
        if not changed:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the commission changed meanwhile; try again")
        await post(order.merchant_id, f"commission:{commission.id}:reverse:{refund.id}", "commission_reverse",
                   [*member_side, Entry(expense, delta)], order_id=order.id, memo=f"refund on order {order.number}")
        reversed_total += delta
    return reversed_total


# --- manual adjustments and withdrawals ---


async def adjust(merchant_id: int, member_id: int, amount: int, key: str, memo: str) -> LedgerTransaction | None:
    """A manual credit (bonus, correction) or debit of a member's available balance."""
    accounts = await member_accounts(merchant_id, member_id)
    expense = await _merchant_ref(merchant_id, AccountKind.COMMISSION_EXPENSE)
    if amount > 0:
        entries = [Entry(expense, -amount), *await _credit_available(accounts, amount)]
    else:
        entries = [Entry(accounts[AccountKind.AVAILABLE], amount), Entry(expense, -amount)]
    return await post(merchant_id, key, "adjustment", entries, memo=memo)


async def hold_for_withdrawal(merchant_id: int, member_id: int, withdrawal_id: int, amount: int) -> None:
    accounts = await member_accounts(merchant_id, member_id)
    await post(merchant_id, f"withdrawal:{withdrawal_id}:request", "withdrawal_request",
               [Entry(accounts[AccountKind.AVAILABLE], -amount), Entry(accounts[AccountKind.WITHDRAWING], amount)],
               memo="withdrawal requested")


async def release_withdrawal(merchant_id: int, member_id: int, withdrawal_id: int, amount: int, failed: bool = False) -> None:
    """The money held for a withdrawal back to the member: rejected by staff, or a payout the provider could not pay."""
    accounts = await member_accounts(merchant_id, member_id)
    step, kind, memo = ("payout_failed", "withdrawal_payout_failed", "payout failed") if failed else ("reject", "withdrawal_reject",
                                                                                                      "withdrawal rejected")
    await post(merchant_id, f"withdrawal:{withdrawal_id}:{step}", kind,
               [Entry(accounts[AccountKind.WITHDRAWING], -amount), *await _credit_available(accounts, amount)], memo=memo)


async def pay_withdrawal(merchant_id: int, member_id: int, withdrawal_id: int, amount: int, fee: int) -> None:
    accounts = await member_accounts(merchant_id, member_id)
    cash = await _merchant_ref(merchant_id, AccountKind.CASH)
    fee_income = await _merchant_ref(merchant_id, AccountKind.FEE_INCOME)
    await post(merchant_id, f"withdrawal:{withdrawal_id}:paid", "withdrawal_paid",
               [Entry(accounts[AccountKind.WITHDRAWING], -amount), Entry(cash, amount - fee), Entry(fee_income, fee)],
               memo="withdrawal paid out")


# --- a member's reserve (a deposit the merchant holds), charges, and payables for goods bought ---


async def reserve_received(merchant_id: int, member_id: int, amount: int, key: str, memo: str) -> LedgerTransaction | None:
    """The merchant received `amount` from a member to hold as security (a supplier's 保证金)."""
    accounts = await member_accounts(merchant_id, member_id)
    cash = await _merchant_ref(merchant_id, AccountKind.CASH)
    return await post(merchant_id, key, "reserve_received", [Entry(cash, -amount), Entry(accounts[AccountKind.RESERVE], amount)], memo=memo)


async def reserve_covers_debt(merchant_id: int, member_id: int, key: str, memo: str, limit: int | None = None) -> int:
    """Repay the member's debt from their reserve, as far as both go (and `limit`, when given). Returns what was taken."""
    accounts = await member_accounts(merchant_id, member_id)
    reserve = await _lock(accounts[AccountKind.RESERVE])
    debt = -await _lock(accounts[AccountKind.DEBT])
    taken = min(reserve, debt, debt if limit is None else max(limit, 0))
    if taken <= 0:
        return 0
    posted = await post(merchant_id, key, "reserve_covers_debt",
                        [Entry(accounts[AccountKind.RESERVE], -taken), Entry(accounts[AccountKind.DEBT], taken)], memo=memo)
    return taken if posted else 0


async def reserve_returned(merchant_id: int, member_id: int, key: str, memo: str) -> int:
    """The whole reserve goes back to the member's available balance (repaying any debt first). Returns the amount."""
    accounts = await member_accounts(merchant_id, member_id)
    amount = await _lock(accounts[AccountKind.RESERVE])
    if amount <= 0:
        return 0
    posted = await post(merchant_id, key, "reserve_returned",
                        [Entry(accounts[AccountKind.RESERVE], -amount), *await _credit_available(accounts, amount)], memo=memo)
    return amount if posted else 0


async def charge(merchant_id: int, member_id: int, amount: int, key: str, memo: str, order_id: int | None = None) -> LedgerTransaction | None:
    """Charge a member (a distributor who sold below the supplier's floor makes up the difference, a
    supplier debited for a damaged delivery): taken from their available balance, the rest recorded as debt;
    the merchant's fee income receives it."""
    if amount <= 0:
        raise ValueError("a charge is positive")
    accounts = await member_accounts(merchant_id, member_id)
    income = await _merchant_ref(merchant_id, AccountKind.FEE_INCOME)
    return await post(merchant_id, key, "member_charge", [*await _debit_available(accounts, amount), Entry(income, amount)],
                      order_id=order_id, memo=memo)


async def uncharge(merchant_id: int, member_id: int, amount: int, key: str, memo: str, order_id: int | None = None) -> LedgerTransaction | None:
    """Give back part of a charge (the order it was for was refunded): repays debt first, the rest available."""
    if amount <= 0:
        raise ValueError("a refund of a charge is positive")
    accounts = await member_accounts(merchant_id, member_id)
    income = await _merchant_ref(merchant_id, AccountKind.FEE_INCOME)
    return await post(merchant_id, key, "member_charge_back", [Entry(income, -amount), *await _credit_available(accounts, amount)],
                      order_id=order_id, memo=memo)


async def payable_posted(merchant_id: int, member_id: int, amount: int, key: str, memo: str) -> LedgerTransaction | None:
    """The merchant owes a member for goods received from them (a wholesale delivery): frozen until paid on the cycle."""
    accounts = await member_accounts(merchant_id, member_id)
    purchases = await _merchant_ref(merchant_id, AccountKind.PURCHASES)
    return await post(merchant_id, key, "payable_posted", [Entry(purchases, -amount), Entry(accounts[AccountKind.FROZEN], amount)], memo=memo)


async def payable_due(merchant_id: int, member_id: int, amount: int, key: str, memo: str) -> LedgerTransaction | None:
    """A payable reaches its cycle: frozen → available (repaying the member's debt first)."""
    accounts = await member_accounts(merchant_id, member_id)
    return await post(merchant_id, key, "payable_due",
                      [Entry(accounts[AccountKind.FROZEN], -amount), *await _credit_available(accounts, amount)], memo=memo)
