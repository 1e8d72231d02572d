"""Fenxiao as others install it: one `fenxiao` namespace, a wheel that migrates and serves outside any
checkout (SQLite and PostgreSQL), and a third-party plugin that ships as its own wheel and uses only
the public module."""

from __future__ import annotations

import ast
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

import httpx
import pytest

# One worker builds the wheel and its venv (module fixture `installed`): two would race in the repository's build/.
pytestmark = pytest.mark.xdist_group("packaging")

from tests.paths import REPOSITORY
from tests.pgserver import create_database, drop_database

ROOTS = {"core": "fenxiao.core", "schema": "fenxiao.schema", "plugins": "fenxiao.plugins"}
HELLO = REPOSITORY / "tests" / "thirdparty" / "hello"


def test_every_package_is_listed_under_the_fenxiao_namespace():
    config = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == {name: folder for folder, name in ROOTS.items()}
    found = sorted(ROOTS[init.parent.relative_to(REPOSITORY).parts[0]] + "".join(f".{part}" for part in init.parent.relative_to(REPOSITORY).parts[1:])
                   for folder in ROOTS for init in (REPOSITORY / folder).rglob("__init__.py"))
    assert sorted(config["packages"]) == found


def test_nothing_is_imported_under_a_generic_top_level_name():
    """Run from the repository root, where `import core` would work by accident and load a second copy."""
    script = (
        "import importlib, pkgutil, sys\n"
        "import fenxiao.plugins\n"
        "from fenxiao.core.plugins import PluginManager\n"
        "from fenxiao.core.settings import Settings\n"
        "from fenxiao.schema import build_schema\n"
        "import fenxiao.schema.cli, fenxiao.plugins.testing\n"
        "build_schema(PluginManager.discover(), Settings())\n"
        "for package in ('fenxiao.core', 'fenxiao.schema', 'fenxiao.plugins'):\n"
        "    for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('core', 'schema', 'plugins')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPOSITORY, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return ({node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
            | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names})


def test_imports_point_one_way_core_then_schema_then_plugins():
    for layer, above in (("core", ("fenxiao.schema", "fenxiao.plugins")), ("schema", ("fenxiao.plugins",))):
        for path in (REPOSITORY / layer).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            upward = {name for name in _imports(path) if name.startswith(above)}
            assert not upward, f"{path.relative_to(REPOSITORY)} imports {upward}: fenxiao.{layer} must not depend on what is built on it"


def test_the_example_plugin_imports_only_the_public_module():
    for path in (HELLO / "fenxiao_hello").glob("*.py"):
        fenxiao = {name for name in _imports(path) if name.split(".")[0] == "fenxiao"}
        assert fenxiao <= {"fenxiao.plugins"}, (path.name, fenxiao)
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in (HELLO / "fenxiao_hello").glob("*.py"))
    assert lines < 150, f"the example plugin is the template an author copies: keep it under 150 lines ({lines})"


def _build(project: Path, out: Path) -> Path:
    """A wheel of `project`. Its `build/` folder goes first: setuptools copies the sources into it and never
    deletes from it, so a file removed or renamed since the last build (a regenerated migration) would ship too."""
    shutil.rmtree(project / "build", ignore_errors=True)
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(project)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return next(out.glob("*.whl"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(venv: Path, command: list[str], cwd: Path, env: dict, timeout: int = 600) -> str:
    done = subprocess.run([str(venv / "bin" / command[0]), *command[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done.stdout


def _graphql(port: int, query: str, headers: dict | None = None) -> dict:
    response = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": query}, headers={"X-Merchant": "demo", **(headers or {})},
                          timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def _serve_and_ask(venv: Path, cwd: Path, env: dict) -> None:
    """`fenxiao serve`, then the README's first query, a sign-in, and the plugin enabled and answering."""
    port = _free_port()
    server = subprocess.Popen([str(venv / "bin" / "fenxiao"), "serve", "--port", str(port)], cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()[-3000:]
                time.sleep(0.1)
        catalog = _graphql(port, "{ merchant { name } products(first: 3) { totalCount edges { node { sku } } } }")
        assert catalog["data"]["products"]["totalCount"] >= 6, catalog
        signed = _graphql(port, 'mutation { tokenCreate(input: {login: "owner@demo.fenxiao.dev", password: "fenxiao-demo-2026"}) '
                                "{ token errors { code } } }")
        owner = {"Authorization": f"Bearer {signed['data']['tokenCreate']['token']}"}
        enabled = _graphql(port, 'mutation { merchantPluginConfigure(input: {plugin: "hello", enabled: true, config: {greeting: "您好"}}) '
                                 "{ errors { code message } } }", owner)
        assert enabled["data"]["merchantPluginConfigure"]["errors"] == [], enabled
        assert _graphql(port, '{ hello(name: "王") }')["data"]["hello"] == "您好, 王"
        console = httpx.get(f"http://127.0.0.1:{port}/console/", timeout=30)
        script = re.search(r'src="(/console/assets/[^"]+\.js)"', console.text)
        assert console.status_code == 200 and script, console.text[:500]
        assert httpx.get(f"http://127.0.0.1:{port}{script[1]}", timeout=30).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="session")  # once per worker: pytest-xdist may run other modules' tests between these
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """A venv outside any checkout with the Fenxiao wheel (and its testing extra) and the example plugin's wheel."""
    base = tmp_path_factory.mktemp("installed")
    fenxiao_wheel = _build(REPOSITORY, base / "dist")
    names = zipfile.ZipFile(fenxiao_wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"fenxiao"}, top
    assert any(name.startswith("fenxiao/core/migrations/postgres/core/") for name in names)
    assert any(name.startswith("fenxiao/plugins/b2b_agent/migrations/sqlite/b2b_agent/") for name in names)
    assert "fenxiao/plugins/b2b_agent/data/divisions.csv" in names
    # The console and GraphiQL as built: a wheel serves them without Node.js (make test builds them first).
    assert {"fenxiao/schema/web/dist/index.html", "fenxiao/schema/web/dist/graphiql.html"} <= set(names), "run `make console`"
    assert any(name.startswith("fenxiao/schema/web/dist/assets/") and name.endswith(".js") for name in names)
    assert not any("node_modules" in name or "/web/src/" in name for name in names)  # sources stay in the repository
    hello_wheel = _build(HELLO, base / "hello-dist")
    assert any(name.startswith("fenxiao_hello/migrations/sqlite/hello/") for name in zipfile.ZipFile(hello_wheel).namelist())
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run(venv, ["python", "-m", "pip", "install", "--quiet", f"{fenxiao_wheel}[testing]", str(hello_wheel)], base, env, timeout=900)
    return venv, base


def _environment(database_url: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "DATABASE_URL": database_url}


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_a_wheel_migrates_loads_the_demo_and_serves_from_an_empty_directory(installed, backend, pg_server, tmp_path):
    """From an empty directory, as the README says: migrate (twice: the second finds nothing to do), load the
    demo, serve, check. On PostgreSQL, the migrations and the check: the rest is the same code as on SQLite."""
    venv, _ = installed
    empty = tmp_path / "empty"
    empty.mkdir()
    name = None
    if backend == "postgres":
        if pg_server is None:
            pytest.skip("PostgreSQL not available")
        name = f"fenxiao_wheel_{os.getpid()}"
        url = await create_database(pg_server, name)
    else:
        url = "sqlite://fenxiao.sqlite3"  # relative: in the directory the command runs in
    env = _environment(url)
    try:
        migrated = _run(venv, ["fenxiao", "migrate"], empty, env)
        assert "applied core/0_" in migrated and "applied hello/0_" in migrated, migrated
        assert "database is up to date" in _run(venv, ["fenxiao", "migrate"], empty, env)
        if backend == "sqlite":  # what a new user does; on PostgreSQL the wheel's own part is its migrations (the demo
            _run(venv, ["fenxiao", "demo"], empty, env)  # there is tests/test_demo.py's), so this minute is spent once
            assert (empty / "fenxiao.sqlite3").exists()
            _serve_and_ask(venv, empty, env)
        assert "checks passed" in _run(venv, ["fenxiao", "check"], empty, env)
    finally:
        if name:
            await drop_database(pg_server, name)


def test_the_example_plugins_own_tests_pass_with_the_fixtures_fenxiao_ships(installed, tmp_path):
    venv, _ = installed
    project = tmp_path / "hello"
    shutil.copytree(HELLO / "tests", project / "tests")  # its tests and settings: the plugin itself comes from its wheel
    shutil.copy(HELLO / "pyproject.toml", project / "pyproject.toml")
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=project,
                          env=_environment("sqlite://unused.sqlite3"), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout, done.stdout[-2000:]
