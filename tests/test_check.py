"""`fenxiao check`: the invariants of a live database, with a non-zero exit when one fails."""

import os
import subprocess
import sys

from fenxiao.core import db, invariants
from fenxiao.core.migrator import upgrade
from tests.paths import REPOSITORY as PROJECT_DIR
from tests.api import Api
from tests.conftest import base_settings


def _check(url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", "check"], cwd=PROJECT_DIR, capture_output=True, text=True,
                          env={**os.environ, "DATABASE_URL": url}, timeout=120)


async def test_check_passes_then_fails_on_a_corrupted_ledger(tmp_path, manager, schema):
    from fenxiao.schema.app import create_app

    url = f"sqlite://{tmp_path / 'check.sqlite3'}"
    settings = base_settings(url)
    await upgrade(db.tortoise_config(settings, manager), manager)
    await db.init(db.tortoise_config(settings, manager))
    try:
        async with Api(create_app(settings, manager, schema, manage_db=False)) as api:
            shop = await api.merchant()
            product = await api.product(shop, price=1000, stock=3)
            buyer = await api.register()
            await api.pay(shop, (await api.place(shop, buyer, [(product["id"], 1)]))["order"]["id"])
        assert await invariants.all_problems(manager=manager) == []
        clean = _check(url)
        assert clean.returncode == 0, clean.stdout + clean.stderr
        assert "checks passed" in clean.stdout
        await db.execute("UPDATE account SET balance = balance + 1 WHERE kind = 'sales'")
        await db.execute("UPDATE stock_level SET reserved = reserved + 5")
    finally:
        await db.close()
    broken = _check(url)
    assert broken.returncode == 1
    assert "FAIL ledger" in broken.stdout and "FAIL stock" in broken.stdout
