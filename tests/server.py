"""A real `fenxiao serve` process for the tests that need one (crash safety, fuzzing over HTTP)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from tests.paths import REPOSITORY as PROJECT_DIR
from tests.conftest import TESTS_REGISTER, base_settings

SECRET = base_settings().secret_key  # tokens the tests issue in process are valid on the server


class Server:
    """`fenxiao serve` in its own process group, so that SIGKILL takes every worker with it."""

    def __init__(self, database_url: str, workers: int, log: Path, env: dict[str, str] | None = None) -> None:
        """`log` receives the server's output: a pipe nobody reads would fill up and stall it; `env` adds settings."""
        self.url, self.workers, self.log, self.env = database_url, workers, log, env or {}
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        env = {**os.environ, "DATABASE_URL": self.url, "FENXIAO_SECRET_KEY": SECRET, "FENXIAO_ENV": "test",
               "FENXIAO_REGISTER_RATE_ADDRESS": TESTS_REGISTER, **self.env}
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "fenxiao.schema.cli", "serve", "--port", str(self.port), "--workers", str(self.workers),
                 "--log-level", "warning"],
                cwd=PROJECT_DIR, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=output)
        async with httpx.AsyncClient(base_url=self.base_url) as client:
            for _ in range(600):
                if self.process.poll() is not None:
                    raise AssertionError(f"the server exited: {self.output()[-2000:]}")
                try:
                    if (await client.get("/health")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.05)
        raise AssertionError("the server did not come up in 30 seconds")

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
