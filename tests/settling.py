"""`fenxiao settle` in the tests: the counts of a run that must not have failed anywhere."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from fenxiao.core.plugins import PluginManager
from fenxiao.core.services.settlement import settle


async def settled(manager: PluginManager, now: datetime, slug: str | None = None) -> Counter:
    from tests.conftest import base_settings

    report = await settle(manager, now, slug, secret_key=base_settings().secret_key)
    assert report.failures == [], report.failures
    return report.counts
