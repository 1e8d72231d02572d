"""Schema migrations with aerich, as aerich documents them: one migration tree per dialect.

Every app — the core, each plugin — keeps its migrations inside its own package, one ordinary
aerich tree per database dialect: `<package>/migrations/<dialect>/<app>/N_<time>_<name>.py`
(the core's in `fenxiao/core/migrations`, a plugin's in the folder its `Plugin.migrations`
names). aerich writes SQL for one dialect at a time, and Fenxiao runs on SQLite and PostgreSQL,
hence a tree for each; both carry the same model state.

- `fenxiao migrate` (`upgrade`) gives aerich the tree of the dialect it is pointed at: the core's
  first, then each plugin's in name order (`Command.upgrade`).
- `fenxiao makemigrations` (`makemigrations`) runs aerich's own generation for each dialect —
  `init_migrations` (aerich init-db, offline) for an app's first migration, `migrate --offline`
  after — in a process of its own each time: aerich keeps a generation's pending operations in
  class attributes, so a second generation in one process would inherit the first's. An app's
  models are generated on a connection of their own (the other apps on a second one), so that
  its migrations touch its tables only — but for a plugin's first migration, which aerich can only
  write with the core's tables beside it (`generation_config` says why).

What aerich cannot say on SQLite: SQLite has no ALTER COLUMN, and aerich refuses to change a
column's type, default, null or comment there. When it refuses, `makemigrations` writes the
SQLite migration empty (`migrate --empty`: the new model state, no SQL) and says so. For a
comment (an enum column whose values changed, say) that is all SQLite needs; anything else needs
the table rebuilt by hand in that file, as SQLite's ALTER TABLE documentation describes — and the
tests, which run every migration on both databases and compare the result with the models, fail
until it is done.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from aerich import Command
from aerich.exceptions import NotSupportError
from tortoise import Tortoise

from fenxiao.core import db
from fenxiao.core.db import CORE_APP, forget_cached_sql

if TYPE_CHECKING:
    from fenxiao.core.plugins import PluginManager

DIALECTS = ("sqlite", "postgres")
CORE_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
OFFLINE_URLS = {
    # Generation never connects; the URL only selects aerich's SQL dialect.
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://offline:offline@127.0.0.1:1/offline",
}
REFUSED_ON_SQLITE = 3  # the generating process's exit code when aerich cannot say the change on SQLite


def dialect_of(url: str) -> str:
    return "postgres" if url.startswith(("postgres://", "postgresql://", "asyncpg://")) else "sqlite"


def app_locations(manager: PluginManager) -> dict[str, Path]:
    """Each app's migrations folder (holding one tree per dialect), the core's first."""
    locations = {CORE_APP: CORE_MIGRATIONS}
    for name, models in sorted(manager.models().items()):
        locations[name] = Path(models.migrations)
    return locations


async def upgrade(config: dict, manager: PluginManager) -> dict[str, list[str]]:
    """Apply every pending migration of every app; returns the files applied per app."""
    dialect = dialect_of(config["connections"]["default"])
    await db.probe(config["connections"]["default"])  # a wrong DATABASE_URL is said here, in one line, before aerich meets it
    applied = {}
    forget_cached_sql()
    try:
        for app, location in app_locations(manager).items():
            command = Command(tortoise_config=config, app=app, location=str(location / dialect))
            await command.init()
            applied[app] = await command.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()
    return applied


def generation_config(manager: PluginManager, app: str, dialect: str, first: bool = False) -> dict:
    """Tortoise config for generating `app`'s migration in `dialect`: the app's models on the default
    connection, every other app's on a second one, so that aerich writes this app's tables only.

    A plugin's first migration is the exception: aerich (like Tortoise's schema generator) orders an
    app's new tables by their foreign keys *within* the app and refuses keys into another app, and a
    plugin's tables point at the core's (orders, users). So the core's models stand beside the
    plugin's on that connection: the first migration then also holds the core's tables, each as
    CREATE … IF NOT EXISTS — already made by the core's own migrations, which always run first, so
    they change nothing — and its model state holds the plugin's models alone."""
    from fenxiao.core.db import tortoise_config
    from fenxiao.core.settings import Settings

    url = OFFLINE_URLS[dialect]
    config = tortoise_config(Settings.from_env(), manager, database_url=url)
    config["connections"]["others"] = url
    beside = {app, CORE_APP} if first else {app}
    for label, app_config in config["apps"].items():
        if label not in beside:
            app_config["default_connection"] = "others"
    return config


async def _generate(manager: PluginManager, app: str, dialect: str, name: str, location: Path, empty: bool) -> Path | None:
    """One generation by aerich, offline; the file it wrote, or None when nothing changed."""
    tree = location / dialect
    folder = tree / app
    before = set(folder.glob("*.py")) if folder.exists() else set()
    config = generation_config(manager, app, dialect, first=not before)
    command = Command(tortoise_config=config, app=app, location=str(tree))
    forget_cached_sql()
    try:
        if not before:
            await command.init_migrations(safe=True)
        else:
            await command.init(offline=True)
            if not await command.migrate(name, empty=empty, offline=True, no_input=True):
                return None
    finally:
        await Tortoise.close_connections()
    written = sorted(set(folder.glob("*.py")) - before)
    return written[-1] if written else None


def _generate_in_a_process(app: str, dialect: str, name: str, location: Path, empty: bool = False) -> subprocess.CompletedProcess:
    arguments = [sys.executable, "-m", "fenxiao.core.migrator", app, dialect, name, str(location)] + (["--empty"] if empty else [])
    # The child sees what this process sees (plugins installed on the path the tests extend, say).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    return subprocess.run(arguments, capture_output=True, text=True, env=env)


def makemigrations(manager: PluginManager, app: str, name: str = "update", location: Path | None = None) -> list[str]:
    """Write the next migration of `app` in every dialect's tree; [] when the models did not change.

    `location` overrides where the app's migrations live (the test that checks no migration is
    missing generates into a copy). Returns what each dialect's generation wrote, and why, when
    SQLite could not be said by aerich."""
    location = location or app_locations(manager)[app]
    notes = []
    for dialect in DIALECTS:
        done = _generate_in_a_process(app, dialect, name, location)
        if done.returncode == REFUSED_ON_SQLITE and dialect == "sqlite":
            empty = _generate_in_a_process(app, dialect, name, location, empty=True)
            if empty.returncode != 0:
                raise RuntimeError(f"aerich could not write the {dialect} migration of {app}: {empty.stderr[-2000:]}")
            written = json.loads(empty.stdout)["written"]
            notes.append(f"{written} (empty: aerich cannot alter a column on SQLite — {done.stderr.strip().splitlines()[-1]}; "
                         "a comment needs nothing more, any other change needs the table rebuilt by hand in this file)")
            continue
        if done.returncode != 0:
            raise RuntimeError(f"aerich could not write the {dialect} migration of {app}: {done.stderr[-2000:]}")
        written = json.loads(done.stdout)["written"]
        if written:
            notes.append(written)
    return notes


def main(argv: list[str] | None = None) -> int:
    """The generating process: `python -m fenxiao.core.migrator <app> <dialect> <name> <location> [--empty]`."""
    from fenxiao.core.plugins import PluginManager

    parser = argparse.ArgumentParser(prog="fenxiao.core.migrator")
    parser.add_argument("app")
    parser.add_argument("dialect", choices=DIALECTS)
    parser.add_argument("name")
    parser.add_argument("location", type=Path)
    parser.add_argument("--empty", action="store_true")
    args = parser.parse_args(argv)
    manager = PluginManager.discover()
    try:
        written = asyncio.run(_generate(manager, args.app, args.dialect, args.name, args.location, args.empty))
    except NotSupportError as refusal:
        print(refusal, file=sys.stderr)
        return REFUSED_ON_SQLITE
    print(json.dumps({"written": str(written) if written else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
