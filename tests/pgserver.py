"""A throwaway PostgreSQL server for the tests and benchmarks.

Uses the PostgreSQL binaries of the machine (PATH, or Debian's
/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as root, so as
root the cluster is created and run as the `postgres` user (made by Debian's
package) or `nobody`. The cluster lives in a temporary folder, listens on
127.0.0.1 on a free port, trusts local connections, trades durability for
speed (fsync off: nothing in it outlives the run; the benchmarks keep it on)
and is removed on stop.

Set FENXIAO_TEST_PG_DSN to use a server of your own instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import asyncpg


def bin_dir() -> Path | None:
    """Folder holding initdb and pg_ctl, or None if PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
            return user
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL as")


class ThrowawayPostgres:
    def __init__(self, durable: bool = False) -> None:
        """`durable`: keep PostgreSQL's default fsync and commit settings (the benchmarks measure with them)."""
        self.durable = durable
        self.bin = bin_dir()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL binaries (initdb, pg_ctl) not found")
        self.user = _run_as()
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="fenxiao-pg-"))
        self.data = self.root / "data"
        self.dsn = f"postgres://fenxiao@127.0.0.1:{self.port}/postgres"

    def _command(self, *args: str) -> list[str]:
        if self.user is None:
            return list(args)
        return ["runuser", "-u", self.user, "--", *args]

    def start(self) -> str:
        if self.user is not None:
            user = pwd.getpwnam(self.user)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        subprocess.run(
            self._command(str(self.bin / "initdb"), "-D", str(self.data), "-U", "fenxiao",
                          "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"),
            check=True, capture_output=True,
        )
        fast = [] if self.durable else ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        options = " ".join([
            f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-c unix_socket_directories={self.root}",
            *fast, "-c max_connections=300", "-c shared_buffers=128MB",
        ])
        subprocess.run(
            self._command(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                          "-l", str(self.root / "server.log"), "-w", "-t", "60", "start"),
            check=True, capture_output=True,
        )
        return self.dsn

    def stop(self) -> None:
        try:
            subprocess.run(
                self._command(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                check=False, capture_output=True,
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def database_url(dsn: str, name: str) -> str:
    """The URL of database `name` on the server of `dsn`."""
    return f"{dsn.rpartition('/')[0]}/{name}"


async def _execute(dsn: str, *statements: str) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def create_database(dsn: str, name: str, template: str | None = None, replace: bool = False) -> str:
    """Create database `name` (a copy of `template`, if given) on the server of `dsn`; returns its URL.
    `replace` drops a database of that name first."""
    drop = [f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"] if replace else []
    await _execute(dsn, *drop, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return database_url(dsn, name)


async def drop_database(dsn: str, name: str) -> None:
    await _execute(dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
