"""Install the test's third-party plugin the way pip does: a dist-info with an entry point on sys.path."""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

THIRDPARTY = Path(__file__).parent / "thirdparty" / "hello"


@contextmanager
def installed_hello(site: Path, source: Path = THIRDPARTY) -> Iterator[None]:
    """The example plugin importable from `source` (its project folder, or a changed copy of it)."""
    dist = site / "fenxiao_hello-1.0.0.dist-info"
    dist.mkdir(parents=True, exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fenxiao-hello\nVersion: 1.0.0\n")
    (dist / "entry_points.txt").write_text("[fenxiao.plugins]\nhello = fenxiao_hello:plugin\n")
    sys.path[:0] = [str(site), str(source)]
    importlib.invalidate_caches()
    try:
        yield
    finally:
        for entry in (str(site), str(source)):
            sys.path.remove(entry)
        importlib.invalidate_caches()
