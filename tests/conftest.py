"""Test fixtures: a database per test (SQLite and PostgreSQL), the app, a GraphQL client.

Every test that uses `db` runs twice, once per backend. Both start from the
committed migrations: a template database is migrated once per session and
copied for each test (a file copy for SQLite, CREATE DATABASE … TEMPLATE for
PostgreSQL). PostgreSQL comes from FENXIAO_TEST_PG_DSN or a throwaway server
(tests/pgserver.py); without PostgreSQL binaries those tests are skipped and
the summary says so.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import hypothesis
import pytest

from fenxiao.core import db
from fenxiao.schema.app import create_app
from fenxiao.core.migrator import upgrade
from fenxiao.core.plugins import PluginManager
from fenxiao.core.settings import Settings
from fenxiao.schema import build_schema
from tests.api import Api
from tests.plugin_install import installed_hello
from tests.pgserver import ThrowawayPostgres, bin_dir, create_database, drop_database

PG_TEMPLATE = "fenxiao_template"
# Outcomes of the tests that need something the machine may lack, for the summary lines: {marker: Counter}.
_outcomes: dict[str, Counter] = {"postgres": Counter(), "browser": Counter()}
_skip_reasons: dict[str, list[str]] = {"postgres": [], "browser": []}
_pg_skip_reason = _skip_reasons["postgres"]
_TITLES = {"postgres": "PostgreSQL tests", "browser": "Browser tests (Chromium)"}
_db_names = itertools.count()


def base_settings(database_url: str = "sqlite://:memory:") -> Settings:
    return Settings(env="test", database_url=database_url, secret_key="fenxiao-test-secret-never-used-in-production", debug_queries=True,
                    register_attempts_per_address=TESTS_REGISTER, media_dir=MEDIA_DIR)


# Uploads of the test session: one scratch folder per process, never the working directory.
MEDIA_DIR = tempfile.mkdtemp(prefix="fenxiao-media-")


# Property tests without hypothesis's per-example deadline: it is a timing assert, and a pure rule taking 250 ms on
# a loaded 2-CPU machine is not a defect (speed is measured in bench/). Everything else hypothesis checks stays.
hypothesis.settings.register_profile("fenxiao", deadline=None)
hypothesis.settings.load_profile("fenxiao")


# Tests register hundreds of accounts from one address; the registration limit has its own tests.
TESTS_REGISTER = "100000/minute"


@pytest.fixture(scope="session")
def manager() -> PluginManager:
    return PluginManager.discover()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return base_settings()


@pytest.fixture(scope="session")
def schema(manager, settings):
    return build_schema(manager, settings)


def _migrate(url: str, manager: PluginManager) -> None:
    asyncio.run(upgrade(db.tortoise_config(base_settings(url), manager, url), manager))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory, manager) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    _migrate(f"sqlite://{path}", manager)
    return path


@pytest.fixture(scope="session")
def pg_server(manager):
    """DSN of a PostgreSQL server holding a migrated template database, or None."""
    dsn = os.environ.get("FENXIAO_TEST_PG_DSN")
    server = None
    if not dsn:
        if bin_dir() is None:
            if os.environ.get("FENXIAO_REQUIRE_POSTGRES"):
                pytest.fail("FENXIAO_REQUIRE_POSTGRES is set but no PostgreSQL binaries were found")
            _pg_skip_reason.append("PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql to run them")
            yield None
            return
        server = ThrowawayPostgres()
        dsn = server.start()

    _migrate(asyncio.run(create_database(dsn, PG_TEMPLATE, replace=True)), manager)
    try:
        yield dsn
    finally:
        if server is not None:
            server.stop()


async def _open(backend: str, manager, tmp_path, sqlite_template: Path | None, dsn: str | None):
    if backend == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(sqlite_template, path)
        url, cleanup = f"sqlite://{path}", None
    else:
        if dsn is None:
            pytest.skip(_pg_skip_reason[0])
        name = f"fenxiao_test_{os.getpid()}_{next(_db_names)}"
        url, cleanup = await create_database(dsn, name, template=PG_TEMPLATE), (dsn, name)
    settings = base_settings(url)
    await db.init(db.tortoise_config(settings, manager))
    manager.forget_all()  # one manager serves many test databases; its merchant cache must not carry over
    return url, cleanup


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request, manager, tmp_path, sqlite_template, pg_server):
    """A fresh, migrated database on each backend; yields the backend name."""
    url, cleanup = await _open(request.param, manager, tmp_path, sqlite_template, pg_server)
    try:
        yield request.param
    finally:
        await db.close()
        if cleanup:
            await drop_database(*cleanup)


@pytest.fixture
async def pg_database(manager, tmp_path, pg_server):
    """A fresh PostgreSQL database only: for concurrency tests (SQLite serialises everything)."""
    url, cleanup = await _open("postgres", manager, tmp_path, None, pg_server)
    try:
        yield url
    finally:
        await db.close()
        await drop_database(*cleanup)


@pytest.fixture
def app(database, settings, manager, schema, tmp_path):
    # uploads of this test only: ids start again with every database, so a shared folder would mix tests' files
    return create_app(settings.model_copy(update={"media_dir": str(tmp_path / "media")}), manager, schema, manage_db=False)


@pytest.fixture
async def api(app):
    async with Api(app) as client:
        yield client


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def hello(request, tmp_path, pg_server):
    """An app with the third-party hello plugin installed, on a database migrated from scratch."""
    with installed_hello(tmp_path / "site"):
        manager = PluginManager.discover()
        if request.param == "sqlite":
            url = f"sqlite://{tmp_path / 'hello.sqlite3'}"
        else:
            if pg_server is None:
                pytest.skip("PostgreSQL not available")
            url = await create_database(pg_server, f"fenxiao_hello_{os.getpid()}_{next(_db_names)}")
        settings = base_settings(url)
        applied = await upgrade(db.tortoise_config(settings, manager), manager)
        assert applied["hello"], applied
        await db.init(db.tortoise_config(settings, manager))
        schema = build_schema(manager, settings)
        try:
            async with Api(create_app(settings, manager, schema, manage_db=False)) as api:
                yield api
        finally:
            await db.close()


async def enable_hello(api: Api, shop: dict, config: dict | None = None, enabled: bool = True) -> dict:
    return await api.mutate("merchantPluginConfigure", {"plugin": "hello", "enabled": enabled, "config": config},
                            token=shop["owner"]["token"], merchant=shop["slug"],
                            select="merchantPlugin { plugin enabled config warnings { field message } version }")


# --- the summary lines: PostgreSQL and browser tests, each saying clearly when it was skipped ---


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "pg_database" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


def pytest_runtest_logreport(report):
    for marker, outcomes in _outcomes.items():
        if marker not in report.keywords:
            continue
        if report.when == "call":
            outcomes[report.outcome] += 1
        elif report.when == "setup" and report.outcome != "passed":
            outcomes["skipped" if report.skipped else "error"] += 1
            # Under pytest-xdist the reason is known in the worker that skipped; the report carries it here.
            if report.skipped and not _skip_reasons[marker] and isinstance(report.longrepr, tuple):
                _skip_reasons[marker].append(str(report.longrepr[2]).removeprefix("Skipped: "))


def pytest_terminal_summary(terminalreporter):
    for marker, outcomes in _outcomes.items():
        said = ", ".join(f"{count} {name}" for name, count in sorted(outcomes.items())) or "none ran"
        terminalreporter.write_sep("-", f"{_TITLES[marker]}: {said}")
        if _skip_reasons[marker]:
            terminalreporter.write_line(f"{_TITLES[marker]} SKIPPED: {_skip_reasons[marker][0]}", yellow=True, bold=True)
