"""The merchant's figures for dashboards, computed in SQL: a fixed number of statements whatever the date range.

- `sales`: orders paid and money refunded per day in the merchant's time zone, by distribution mode. An order
  belongs to one mode: the claiming plugin's `SalesMode` of lowest rank, else direct. Sales are what the buyers
  paid (the order totals, as the ledger's `order_payment` posts them), refunds what went back, on the day it went
  back (the `order_refund` postings): sales minus refunds over any days is the change of the sales account.
- `commissions`: what the network earned, by state (net of reversals), and what was paid out or is on its way.
- `top_earners`: the members who earned most commission per source (a plugin) over the days.
- `pending_work`: counts of what waits for the staff, the core's and each enabled plugin's.

Days are cut at local midnight. PostgreSQL converts with the time zone database itself (`AT TIME ZONE`);
SQLite has none, so the offsets in force over the range are computed here and applied by a CASE on the instant
(a zone with summer time changes offset at most twice a year: a few branches, whatever the range).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from fenxiao.core import db
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import CommissionState, WithdrawalStatus
from fenxiao.core.models.orders import OPEN_REQUEST_STATES, RefundRequest
from fenxiao.core.models.withdrawals import Withdrawal

MAX_DAYS = 366
DIRECT = "direct"


@dataclass(frozen=True)
class DaySales:
    day: dt.date
    mode: str
    orders: int
    sales: int
    refunds: int


def window(zone: ZoneInfo, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The instants [local midnight of `first`, local midnight after `last`) in UTC."""
    if last < first:
        raise DomainError(ErrorCode.INVALID, "the last day is before the first", "to")
    if (last - first).days + 1 > MAX_DAYS:
        raise DomainError(ErrorCode.INVALID, f"at most {MAX_DAYS} days at a time", "to")
    start = dt.datetime.combine(first, dt.time(), zone).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.timezone.utc)
    return start, end


def offsets(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[tuple[int | None, int]]:
    """The zone's UTC offsets (minutes) over [start, end): [(until epoch second or None for the last, offset)].
    Offsets change on the hour or half hour: checked every 15 minutes, then the change found to the second."""
    def offset(at: dt.datetime) -> int:
        return int(at.astimezone(zone).utcoffset().total_seconds() // 60)

    spans: list[tuple[int | None, int]] = []
    current, at, step = offset(start), start, dt.timedelta(minutes=15)
    while at < end:
        following = min(at + step, end)
        if offset(following) != current:
            low, high = at, following  # the change lies in (low, high]
            while (high - low) > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            spans.append((int(high.timestamp()), current))
            current = offset(high)
        at = following
    spans.append((None, current))
    return spans


def local_day(column: str, zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> tuple[str, list]:
    """SQL giving the local date of `column` as 'YYYY-MM-DD' text, and its parameters."""
    if db.dialect() == "postgres":
        return f"to_char({column} AT TIME ZONE CAST(? AS TEXT), 'YYYY-MM-DD')", [zone.key]
    spans = offsets(zone, start, end)
    if len(spans) == 1:
        return f"date({column}, ?)", [f"{spans[0][1]:+d} minutes"]
    branches, params = [], []
    for until, minutes in spans[:-1]:
        branches.append("WHEN CAST(strftime('%s', {c}) AS INTEGER) < ? THEN ?".format(c=column))
        params += [until, f"{minutes:+d} minutes"]
    return f"date({column}, CASE {' '.join(branches)} ELSE ? END)", [*params, f"{spans[-1][1]:+d} minutes"]


def mode_case(modes: list) -> str:
    """CASE naming each order's mode (`o` is the order row): the claiming mode of lowest rank, else direct."""
    if not modes:
        return f"'{DIRECT}'"
    branches = " ".join(f"WHEN {mode.condition} THEN '{mode.name}'" for mode in sorted(modes, key=lambda m: (m.rank, m.name)))
    return f"CASE {branches} ELSE '{DIRECT}' END"


async def sales(merchant_id: int, zone: ZoneInfo, first: dt.date, last: dt.date, modes: list) -> list[DaySales]:
    """Orders paid, their totals and the refunds made, per local day and mode (two statements)."""
    start, end = window(zone, first, last)
    mode = mode_case(modes)
    paid_day, paid_params = local_day("o.paid_at", zone, start, end)
    paid = await db.fetch(
        f"SELECT {paid_day} AS day, {mode} AS mode, COUNT(*) AS orders, SUM(o.total) AS amount FROM \"order\" o "
        "WHERE o.merchant_id = ? AND o.paid_at >= ? AND o.paid_at < ? GROUP BY 1, 2",
        *paid_params, merchant_id, start, end)
    refund_day, refund_params = local_day("r.created_at", zone, start, end)
    refunded = await db.fetch(
        f"SELECT {refund_day} AS day, {mode} AS mode, SUM(r.amount + r.shipping_amount) AS amount FROM refund r "
        "JOIN \"order\" o ON o.id = r.order_id WHERE r.merchant_id = ? AND r.created_at >= ? AND r.created_at < ? GROUP BY 1, 2",
        *refund_params, merchant_id, start, end)
    figures: dict[tuple[str, str], list[int]] = {}
    for row in paid:
        figures.setdefault((row["day"], row["mode"]), [0, 0, 0])[:2] = [int(row["orders"]), int(row["amount"] or 0)]
    for row in refunded:
        figures.setdefault((row["day"], row["mode"]), [0, 0, 0])[2] = int(row["amount"] or 0)
    return [DaySales(dt.date.fromisoformat(day), name, *values) for (day, name), values in sorted(figures.items())]


@dataclass(frozen=True)
class CommissionFigures:
    pending: int      # earned on orders not yet completed
    frozen: int       # completed orders inside the after-sales window
    available: int    # released to the members' balances
    withdrawing: int  # asked for, not yet paid out
    withdrawn: int    # paid out


async def commissions(merchant_id: int) -> CommissionFigures:
    """The network's earnings by state, net of what refunds took back, and the payouts (two statements)."""
    states = await db.fetch(
        "SELECT state, SUM(amount - reversed_amount) AS amount FROM commission WHERE merchant_id = ? AND state <> ? GROUP BY state",
        merchant_id, CommissionState.REVERSED.value)
    by_state = {row["state"]: int(row["amount"] or 0) for row in states}
    paid_out = await db.fetch(
        "SELECT SUM(CASE WHEN status = ? THEN amount ELSE 0 END) AS withdrawn, "
        "SUM(CASE WHEN status IN (?, ?, ?) THEN amount ELSE 0 END) AS withdrawing FROM withdrawal WHERE merchant_id = ?",
        WithdrawalStatus.PAID.value, WithdrawalStatus.REQUESTED.value, WithdrawalStatus.APPROVED.value, WithdrawalStatus.PAYING.value,
        merchant_id)
    return CommissionFigures(
        pending=by_state.get(CommissionState.PENDING.value, 0), frozen=by_state.get(CommissionState.FROZEN.value, 0),
        available=by_state.get(CommissionState.AVAILABLE.value, 0),
        withdrawing=int(paid_out[0]["withdrawing"] or 0), withdrawn=int(paid_out[0]["withdrawn"] or 0))


@dataclass(frozen=True)
class Earner:
    source: str
    rank: int
    user_id: int
    display_name: str
    amount: int
    orders: int


async def top_earners(merchant_id: int, zone: ZoneInfo, first: dt.date, last: dt.date, limit: int) -> list[Earner]:
    """The `limit` members who earned most per source over the days (commission on orders paid then, net of
    reversals): one statement, ranked in SQL."""
    start, end = window(zone, first, last)
    rows = await db.fetch(
        "SELECT source, user_id, display_name, amount, orders, place FROM ("
        " SELECT c.source, c.beneficiary_id AS user_id, u.display_name, SUM(c.amount - c.reversed_amount) AS amount,"
        " COUNT(DISTINCT c.order_id) AS orders,"
        " ROW_NUMBER() OVER (PARTITION BY c.source ORDER BY SUM(c.amount - c.reversed_amount) DESC, c.beneficiary_id) AS place"
        " FROM commission c JOIN \"user\" u ON u.id = c.beneficiary_id"
        " WHERE c.merchant_id = ? AND c.created_at >= ? AND c.created_at < ?"
        " GROUP BY c.source, c.beneficiary_id, u.display_name HAVING SUM(c.amount - c.reversed_amount) > 0"
        ") ranked WHERE place <= ? ORDER BY source, place",
        merchant_id, start, end, limit)
    return [Earner(row["source"], int(row["place"]), int(row["user_id"]), row["display_name"], int(row["amount"]), int(row["orders"]))
            for row in rows]


async def pending_work(merchant_id: int, plugin_work: list) -> dict[str, int]:
    """What waits for the staff: withdrawals to review, after-sales cases open, and each enabled plugin's queues."""
    counts = {
        "withdrawals": await Withdrawal.filter(merchant_id=merchant_id, status=WithdrawalStatus.REQUESTED).count(),
        "refundRequests": await RefundRequest.filter(merchant_id=merchant_id, status__in=list(OPEN_REQUEST_STATES)).count(),
    }
    for work in plugin_work:
        counts[work.name] = await work.rows(merchant_id).count()
    return counts
