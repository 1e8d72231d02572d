"""Settlement benchmark: `fenxiao settle` releasing 100,000 due commissions on PostgreSQL.

A merchant with 1,000 members holds 100,000 frozen commissions whose after-sales window
has closed (their frozen balances posted through the ledger). `fenxiao settle` runs as its
own process (with its progress bar); its wall time and peak resident memory (VmHWM) are
measured, then `fenxiao check` confirms the ledger still balances. Baseline: the database's
floor for the same rows, one `UPDATE commission SET state = 'available'` over all of them
(rolled back), i.e. touching the rows without any ledger work.

Run alone: python -m bench.settlement [--commissions 100000]
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import timedelta

from bench.harness import Section, env_for, new_database, postgres, run_alone, run_cli, verdict
from bench.paths import REPOSITORY as PROJECT_DIR

TARGET = 20_000  # ledger entries per second
MEMBERS = 1_000
SLUG = "bench-settle"


async def _seed(database_url: str, commissions: int) -> None:
    from fenxiao.core import db, ledger
    from fenxiao.core.models import AccountKind, Commission, CommissionState, Order, OrderStatus, User
    from fenxiao.core.plugins import PluginManager
    from fenxiao.core.services import accounts
    from fenxiao.core.settings import Settings
    from fenxiao.core.unit_of_work import unit_of_work
    from tortoise.timezone import now as utcnow

    manager = PluginManager.discover()
    await db.init(db.tortoise_config(Settings(database_url=database_url), manager))
    try:
        async with unit_of_work():  # the whole seed or nothing
            owner = await User.create(email="settle-owner@example.com", password_hash="-")
            merchant = await accounts.create_merchant(owner, SLUG, "Settlement bench")
            await User.bulk_create([User(email=f"settle-{i}@example.com", password_hash="-") for i in range(MEMBERS)], batch_size=1000)
            members = await User.filter(email__startswith="settle-").exclude(id=owner.id).order_by("id").values_list("id", flat=True)
            order = await Order.create(merchant_id=merchant.id, number="BENCH-SETTLE", status=OrderStatus.COMPLETED, buyer_id=owner.id,
                                       currency="CNY", subtotal=0, total=0, ship_name="-", ship_phone="-",
                                       ship_region_code="", ship_address="-", paid_at=utcnow(), completed_at=utcnow())
            due = utcnow() - timedelta(days=1)
            amounts = [100 + i % 900 for i in range(commissions)]
            for start in range(0, commissions, 20_000):
                await Commission.bulk_create([
                    Commission(merchant_id=merchant.id, order_id=order.id, beneficiary_id=members[i % len(members)], source="bench",
                               kind="commission", level=1, base=amounts[i] * 10, rate_bps=1000, amount=amounts[i],
                               state=CommissionState.FROZEN, available_at=due, key=f"bench:{i}")
                    for i in range(start, min(commissions, start + 20_000))], batch_size=5000)
            frozen: dict[int, int] = {}
            for i, amount in enumerate(amounts):
                frozen[members[i % len(members)]] = frozen.get(members[i % len(members)], 0) + amount
            expense = await ledger.merchant_account(merchant.id, AccountKind.COMMISSION_EXPENSE)
            postings = []
            for member_id, total in frozen.items():
                mine = await ledger.member_accounts(merchant.id, member_id)
                postings.append(ledger.Posting(f"bench-seed:{member_id}", "commission_freeze",
                                               [ledger.Entry(expense, -total), ledger.Entry(mine[AccountKind.FROZEN], total)], order.id))
            await ledger.post_many(merchant.id, postings)
        # Statistics as a live database has them (autovacuum would analyze after such a load).
        await db.execute("ANALYZE")
    finally:
        await db.close()


async def _floor(database_url: str) -> float:
    """Seconds for one UPDATE of every due commission's state, rolled back."""
    import asyncpg

    connection = await asyncpg.connect(database_url.replace("postgres://", "postgresql://"))
    try:
        transaction = connection.transaction()
        await transaction.start()
        started = time.perf_counter()
        await connection.execute("UPDATE commission SET state = 'available', updated_at = now() WHERE state = 'frozen'")
        elapsed = time.perf_counter() - started
        await transaction.rollback()
        return elapsed
    finally:
        await connection.close()


def _settle(database_url: str) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MB) of `fenxiao settle`, and what it printed.

    The peak is the process's own high-water mark (VmHWM), read while it runs: wait4's
    ru_maxrss would also count the pages of this (large) benchmark process that the
    child carried between fork and exec."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "fenxiao.schema.cli", "settle", "--merchant", SLUG], env=env_for(database_url),
                               cwd=PROJECT_DIR, stdout=subprocess.PIPE, text=True)
    peak_kb = 0
    while process.poll() is None:
        peak_kb = max(peak_kb, _high_water_kb(process.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    output = process.stdout.read()
    if process.returncode != 0:
        raise RuntimeError(f"fenxiao settle failed ({process.returncode}): {output}")
    return elapsed, peak_kb / 1024, output


def _high_water_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:  # it has just exited
        return 0


def _profile(dsn: str, commissions: int) -> str:
    """`fenxiao settle` under cProfile over a smaller set of the same commissions: where an entry's time goes."""
    import tempfile

    from bench.profile import describe, load

    url = new_database(dsn, "bench_settle_profile")
    run_cli("migrate", database_url=url)
    asyncio.run(_seed(url, commissions))
    with tempfile.TemporaryDirectory() as scratch:
        stats_file = os.path.join(scratch, "settle.prof")
        subprocess.run([sys.executable, "-m", "cProfile", "-o", stats_file, "-m", "fenxiao.schema.cli", "settle", "--merchant", SLUG],
                       env=env_for(url), cwd=PROJECT_DIR, check=True, capture_output=True)
        return describe(load(stats_file), 2 * commissions / 1000, "1,000 ledger entries")


def run(commissions: int = 100_000) -> list[Section]:
    section = Section(
        "Settlement: fenxiao settle over due commissions",
        f"PostgreSQL (fsync on); {commissions:,} frozen commissions past their window across {MEMBERS:,} members; each release is "
        "its own idempotent ledger transaction of two entries (frozen → available, debt repaid first). Whole command timed, "
        f"process start included. Baseline: one bare UPDATE of the same rows. Target ≥ {TARGET:,} entries/s, bounded memory.",
        ["measure", "figure", "baseline", "target"],
    )
    with postgres() as dsn:
        if dsn is None:
            section.notes.append("PostgreSQL is not installed here: not measured.")
            return [section]
        url = new_database(dsn, "bench_settle")
        run_cli("migrate", database_url=url)
        asyncio.run(_seed(url, commissions))
        floor = asyncio.run(_floor(url))
        elapsed, peak_mb, output = _settle(url)
        checked = subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", "check", "--merchant", SLUG], env=env_for(url),
                                 cwd=PROJECT_DIR, capture_output=True, text=True)
        profile = _profile(dsn, commissions // 5)
    released = next((int(line.split(":")[1]) for line in output.splitlines() if line.startswith("commissions_released")), 0)
    if released != commissions:
        raise RuntimeError(f"settle released {released} of {commissions}: {output}")
    entries = 2 * released
    section.rows += [
        ["commissions released", f"{released:,} in {elapsed:.1f} s", f"{floor:.2f} s for the bare UPDATE", ""],
        ["ledger entries / s", f"{entries / elapsed:,.0f}", f"{2 * commissions / floor:,.0f} (rows touched / s)",
         verdict(entries / elapsed >= TARGET)],
        ["commissions / s", f"{released / elapsed:,.0f}", f"{commissions / floor:,.0f}", ""],
        ["peak RSS of the settle process", f"{peak_mb:.0f} MB", "", "bounded: batches of 1,000"],
        ["fenxiao check afterwards", "passed" if checked.returncode == 0 else "FAILED", "", ""],
    ]
    section.notes.append(f"Profile of the same command over {commissions // 5:,} commissions: {profile}.")
    if checked.returncode != 0:
        section.notes.append(checked.stdout[-1000:])
    return [section]



if __name__ == "__main__":
    sys.exit(run_alone(run, __doc__))
