"""Browser tests' plumbing: Debian's Chromium driven by Playwright, and a demo merchant served by `fenxiao serve`.

Playwright's own browser download cannot be reached here, so the tests use the system's Chromium
(`apt-get install chromium`; `FENXIAO_CHROMIUM` names another binary). Without it they are skipped and the
summary says so, unless `FENXIAO_REQUIRE_BROWSER` is set (CI), where a missing browser fails them.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import REPOSITORY
from tests.server import SECRET, Server

# As Chromium must start on a machine with a closed network: no background connections, no first-run work.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
OUTPUT = REPOSITORY / "var" / "test-output"
PASSWORD = "fenxiao-demo-2026"
DIST = REPOSITORY / "schema" / "web" / "dist"


def chromium() -> str:
    """The Chromium binary, or skip (fail under FENXIAO_REQUIRE_BROWSER) saying how to get one."""
    found = os.environ.get("FENXIAO_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = "Chromium not found: apt-get install chromium (or set FENXIAO_CHROMIUM) to run them"
    if os.environ.get("FENXIAO_REQUIRE_BROWSER"):
        pytest.fail(f"FENXIAO_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


def require_built_pages() -> None:
    if not (DIST / "index.html").is_file():
        pytest.fail("the console is not built: run `make console` (make test does)")


def output_dir(request: pytest.FixtureRequest) -> Path:
    """The test's own output folder (screenshots), under var/test-output/."""
    folder = OUTPUT / re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class DemoServer:
    """A fresh SQLite database with the demo merchant, served by `fenxiao serve` on a free port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = f"sqlite://{folder / 'demo.sqlite3'}"
        # Every test signs in through the page: the per-account sign-in limit would refuse the demo owner's sixth.
        settings = {"FENXIAO_MEDIA_DIR": str(folder / "media"), "FENXIAO_LOGIN_RATE_ACCOUNT": "1000/minute"}
        self.env = {**os.environ, "DATABASE_URL": self.database, "FENXIAO_SECRET_KEY": SECRET, "FENXIAO_ENV": "test", **settings}
        self.server = Server(self.database, 1, folder / "server.log", settings)

    async def start(self) -> "DemoServer":
        for command in (["migrate"], ["demo"]):
            done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "fenxiao.schema.cli", *command], cwd=self.folder,
                                           env=self.env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        await self.server.start()
        return self

    @property
    def url(self) -> str:
        return self.server.base_url

    def stop(self) -> None:
        self.server.stop()
