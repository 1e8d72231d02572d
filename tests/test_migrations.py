"""The committed migrations are complete: generating again from the models changes nothing, in either
dialect's tree — and the migrations, applied, give the tables the models describe."""

import shutil
from pathlib import Path

from fenxiao.core import db
from fenxiao.core.migrator import DIALECTS, app_locations, makemigrations, upgrade
from fenxiao.core.plugins import PluginManager
from tests.conftest import base_settings
from tests.plugin_install import THIRDPARTY, installed_hello


def test_no_model_change_lacks_a_migration(manager, tmp_path):
    for app, location in app_locations(manager).items():
        copy = tmp_path / app
        for dialect in DIALECTS:
            shutil.copytree(location / dialect / app, copy / dialect / app)
        assert makemigrations(manager, app, "check", location=copy) == [], (
            f"the models of {app} changed without a migration: run `fenxiao makemigrations {app}`"
        )


def _hello_copy(tmp_path: Path, text_length: int = 100, migrations: bool = True) -> Path:
    """The example plugin's project copied, its Greeting.text this long, its migrations kept or not."""
    copy = tmp_path / "hello"
    shutil.copytree(THIRDPARTY, copy, ignore=shutil.ignore_patterns("__pycache__"))
    models = copy / "fenxiao_hello" / "models.py"
    models.write_text(models.read_text(encoding="utf-8").replace("max_length=100", f"max_length={text_length}"), encoding="utf-8")
    if not migrations:
        shutil.rmtree(copy / "fenxiao_hello" / "migrations")
    return copy


def _upgrade_sql(path: Path) -> str:
    return path.read_text(encoding="utf-8").split('async def upgrade', 1)[1].split('async def downgrade', 1)[0]


async def test_a_plugins_first_migration_creates_its_tables_with_keys_into_the_core(manager, tmp_path):
    copy = _hello_copy(tmp_path, migrations=False)
    with installed_hello(tmp_path / "site", copy):
        written = makemigrations(manager, "hello", "init", location=copy / "fenxiao_hello" / "migrations")
        assert len(written) == 2, written
        for dialect in DIALECTS:
            [path] = (copy / "fenxiao_hello" / "migrations" / dialect / "hello").glob("0_*_init.py")
            sql = _upgrade_sql(path)
            assert 'CREATE TABLE IF NOT EXISTS "hello_greeting"' in sql and 'REFERENCES "order" ("id")' in sql, sql
            assert 'TABLE IF NOT EXISTS "social_member"' not in sql  # another plugin's tables are not its business
        # applied after the core's, the core's tables it carries change nothing, and its own are made
        with_hello = PluginManager.discover()
        url = f"sqlite://{tmp_path / 'first.sqlite3'}"
        applied = await upgrade(db.tortoise_config(base_settings(url), with_hello, url), with_hello)
        assert applied["hello"] and applied["core"]
        await db.init(db.tortoise_config(base_settings(url), with_hello))
        try:
            assert await db.fetch('SELECT COUNT(*) AS n FROM "hello_greeting"') == [{"n": 0}]
        finally:
            await db.close()


def test_a_column_change_is_altered_on_postgresql_and_left_empty_on_sqlite_with_a_word_why(manager, tmp_path):
    copy = _hello_copy(tmp_path, text_length=200)
    with installed_hello(tmp_path / "site", copy):
        written = makemigrations(manager, "hello", "longer_text", location=copy / "fenxiao_hello" / "migrations")
    assert len(written) == 2 and "empty" in written[0] and "SQLite" in written[0], written
    [sqlite] = (copy / "fenxiao_hello" / "migrations" / "sqlite" / "hello").glob("1_*_longer_text.py")
    [postgres] = (copy / "fenxiao_hello" / "migrations" / "postgres" / "hello").glob("1_*_longer_text.py")
    assert _upgrade_sql(sqlite).strip().endswith('return """\n        """') or 'VARCHAR' not in _upgrade_sql(sqlite)
    assert 'VARCHAR(200)' in _upgrade_sql(postgres), _upgrade_sql(postgres)
    with installed_hello(tmp_path / "site", copy):  # and the trees are complete again
        assert makemigrations(manager, "hello", "again", location=copy / "fenxiao_hello" / "migrations") == []
