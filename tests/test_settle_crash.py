"""`fenxiao settle` killed with SIGKILL at random moments over a populated database: after each kill
`fenxiao check` is clean (every unit of work is whole or absent), and running it again finishes the
work exactly once — on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from fenxiao.core import db
from fenxiao.core.models import Commission, CommissionState
from tests.paths import REPOSITORY as PROJECT_DIR
from fenxiao.plugins.b2b2c_social.models import BindingAction, SocialBindingEvent
from tests.conftest import PG_TEMPLATE, base_settings
from tests.pgserver import create_database, drop_database
from tests.settle_population import done_exactly_once, populate
from tests.test_check import _check

KILLS = 3


def _settle(url: str, now: str, *more: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fenxiao.schema.cli", "settle", "--now", now, *more], cwd=PROJECT_DIR,
                            env={**os.environ, "DATABASE_URL": url}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


async def _progress(url: str, manager) -> int:
    """How much of the work is done: expirations and releases so far (to see that kills land mid-way)."""
    await db.init(db.tortoise_config(base_settings(url), manager))
    try:
        return (await SocialBindingEvent.filter(action=BindingAction.EXPIRE).count()
                + await Commission.filter(state=CommissionState.AVAILABLE).count())
    finally:
        await db.close()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_sigkill_at_random_points_leaves_the_books_whole_and_a_rerun_finishes_once(backend, manager, sqlite_template,
                                                                                         pg_server, tmp_path):
    if backend == "postgres" and pg_server is None:
        pytest.skip("PostgreSQL not available")
    pg_name = None
    if backend == "sqlite":
        path = tmp_path / "settle.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite://{path}"
    else:
        pg_name = f"fenxiao_settle_crash_{os.getpid()}"
        url = await create_database(pg_server, pg_name, template=PG_TEMPLATE)
    try:
        await db.init(db.tortoise_config(base_settings(url), manager))
        manager.forget_all()
        populations = [await populate(manager, f"crash-{i}", members=60, restocks=15) for i in range(2)]
        now = populations[0].settle_at().isoformat()
        await db.close()

        # How long a whole run takes here, measured on a copy, so that the kills land inside one.
        started = time.monotonic()
        timing_url, timing_name = url, None
        if backend == "sqlite":
            shutil.copy(path, tmp_path / "timing.sqlite3")
            timing_url = f"sqlite://{tmp_path / 'timing.sqlite3'}"
        else:
            timing_name = f"{pg_name}_timing"
            timing_url = await create_database(pg_server, timing_name, template=pg_name)
        whole = _settle(timing_url, now)
        assert whole.wait(timeout=600) == 0, whole.stderr.read().decode()[-3000:]
        duration = time.monotonic() - started
        # … and how much of that is starting up (a run with nothing to do), so that the kills land in the work
        started = time.monotonic()
        idle = _settle(timing_url, now, "--merchant", "nobody-here")
        idle.wait(timeout=600)
        start_up = min(time.monotonic() - started, duration * 0.9)
        if timing_name:
            await drop_database(pg_server, timing_name)

        progress = []
        for _ in range(KILLS):
            run = _settle(url, now)
            await asyncio.sleep(start_up + random.uniform(0.2, 1.0) * (duration - start_up))
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
            run.wait(timeout=60)
            checked = _check(url)
            assert checked.returncode == 0, checked.stdout + checked.stderr
            progress.append(await _progress(url, manager))
        final = _settle(url, now)
        assert final.wait(timeout=600) == 0, final.stderr.read().decode()[-3000:]
        assert progress[0] > 0 or progress[-1] > 0, "no kill landed after the run had started working"

        await db.init(db.tortoise_config(base_settings(url), manager))
        try:
            for population in populations:
                assert await done_exactly_once(manager, population) == []
        finally:
            await db.close()
        again = _settle(url, now)
        out, err = again.communicate(timeout=600)
        assert again.returncode == 0 and "nothing due" in out.decode(), out.decode() + err.decode()
    finally:
        if pg_name:
            await drop_database(pg_server, pg_name)
