"""What every benchmark shares: databases, served processes, the load generator and the results table.

Benchmarks print figures and write them to bench/RESULTS.md; they assert nothing
about time (a slow machine is not a failure, a wrong answer is: each benchmark
checks its answers).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import inspect
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.paths import REPOSITORY as PROJECT_DIR

SECRET = "bench-secret-bench-secret-bench-secret-0000"
MERCHANT = "demo"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def env_for(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a served process: production settings (no GraphiQL, no query counting), sign-in
    limits shared by its workers (production refuses several workers without)."""
    return {**os.environ, "DATABASE_URL": database_url, "FENXIAO_ENV": "production", "FENXIAO_SECRET_KEY": SECRET,
            "FENXIAO_LOGIN_RATE_ACCOUNT": "1000/minute", **shared_limits(), **extra}


_REDIS: list[subprocess.Popen] = []


def shared_limits() -> dict[str, str]:
    """FENXIAO_RATE_LIMIT_STORAGE on a throwaway redis-server, started once for the run and stopped at exit;
    nothing when redis-server is not installed (Debian package redis-server) — a served process of several
    workers then refuses to start and says so."""
    binary = shutil.which("redis-server")
    if binary is None:
        return {}
    if not _REDIS:
        port = free_port()
        _REDIS.append(subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                        "--dir", tempfile.gettempdir()], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _REDIS[0].port = port  # type: ignore[attr-defined]
        atexit.register(_REDIS[0].terminate)
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.05)
    return {"FENXIAO_RATE_LIMIT_STORAGE": f"async+redis://127.0.0.1:{_REDIS[0].port}"}


def run_cli(*args: str, database_url: str) -> str:
    """`fenxiao <args>` in its own process against the database."""
    done = subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", *args], env=env_for(database_url), cwd=PROJECT_DIR,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"fenxiao {' '.join(args)} failed: {done.stderr[-2000:]}")
    return done.stdout


class Served:
    """A server process (and its workers) on a free port, started and stopped around a `with` block."""

    def __init__(self, command: list[str], env: dict[str, str], probe: dict, headers: dict | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/graphql"
        self.command = [arg.replace("{port}", str(self.port)) for arg in command]
        self.env, self.probe, self.headers = env, probe, headers or {}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Served":
        self.process = subprocess.Popen(self.command, env=self.env, cwd=PROJECT_DIR, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                break
            try:
                response = httpx.post(self.url, json=self.probe, headers=self.headers, timeout=5)
                if response.status_code == 200 and "errors" not in response.json():
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"{' '.join(self.command)} did not answer: {self.process.communicate(timeout=10)[1][-3000:]}")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, 15)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()

    def worker_rss_mb(self) -> float:
        """Resident memory of the largest worker: the process itself, or its children when it forks workers."""
        assert self.process is not None
        pids = _children(self.process.pid) or [self.process.pid]
        return max(_rss_kb(pid) for pid in pids) / 1024


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def load(url: str, body: dict, headers: dict, concurrency: int, seconds: float) -> dict:
    """Drive `url` from a separate process (bench/load.py) and return its figures."""
    spec = {"url": url, "body": body, "headers": headers, "concurrency": concurrency, "seconds": seconds}
    output = subprocess.run([sys.executable, "-m", "bench.load", json.dumps(spec)], cwd=PROJECT_DIR,
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)


@contextlib.contextmanager
def postgres() -> Iterator[str | None]:
    """A throwaway PostgreSQL server with durable settings (fsync on), or None when it is not installed."""
    from tests.pgserver import ThrowawayPostgres, bin_dir

    if os.environ.get("FENXIAO_TEST_PG_DSN"):
        yield os.environ["FENXIAO_TEST_PG_DSN"]
        return
    if bin_dir() is None:
        yield None
        return
    with ThrowawayPostgres(durable=True) as dsn:
        yield dsn


def new_database(dsn: str, name: str) -> str:
    """A fresh database on the server of `dsn` (one left by an earlier run is dropped); returns its URL."""
    from tests.pgserver import create_database

    return asyncio.run(create_database(dsn, name, replace=True))


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) // (1024 * 1024) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB, Linux {platform.release()}, Python {platform.python_version()}"


@dataclass
class Section:
    """One benchmark's figures: a table plus notes, printed and written to RESULTS.md."""

    title: str
    setup: str
    header: list[str]
    rows: list[list[object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", self.setup, "", "| " + " | ".join(self.header) + " |",
                 "|" + "---|" * len(self.header)]
        lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in self.rows]
        if self.notes:
            lines += ["", *[f"- {note}" for note in self.notes]]
        return "\n".join(lines) + "\n"

    def print(self) -> None:
        print("\n" + self.markdown(), flush=True)


def run_alone(run: Callable[..., list[Section]], doc: str) -> int:
    """`python -m bench.<name>`: one benchmark, its `run` keywords as options (--seconds 10 …), sections printed."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    for name, parameter in inspect.signature(run).parameters.items():
        parser.add_argument(f"--{name}", type=type(parameter.default), default=parameter.default)
    for section in run(**vars(parser.parse_args())):
        section.print()
    return 0


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}×" if baseline else "–"


def verdict(met: bool) -> str:
    return "met" if met else "not met"
