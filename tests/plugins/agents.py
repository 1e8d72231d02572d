"""Helpers for the regional agents tests."""

from __future__ import annotations

from pathlib import Path

from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.plugins.b2b_agent.service import DIVISIONS_CSV, import_divisions
from tests.api import Api

PLUGIN = "b2b_agent"
APPLICANT = {"realName": "张三", "idNumber": "11010519491231002X", "phone": "13800138000", "agreementVersion": "2026-01"}


async def divisions(path: Path = DIVISIONS_CSV) -> dict[str, int]:
    """`fenxiao regions import`, as the command runs it (one unit of work)."""
    async with unit_of_work():
        return await import_divisions(path)


async def setup(api: Api, rates=(800, 500, 300), **config) -> tuple[dict, dict[int, str]]:
    await divisions()
    shop = await api.merchant()
    enabled = await api.mutate("merchantPluginConfigure", {"plugin": PLUGIN, "enabled": True, "config": config},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert enabled["errors"] == [], enabled["errors"]
    levels = {}
    for depth, (name, rate) in enumerate(zip(("省级代理", "市级代理", "区级代理"), rates), start=1):
        created = await api.mutate("agentLevelCreate", {"name": name, "depth": depth, "rateBps": rate},
                                   token=shop["owner"]["token"], merchant=shop["slug"], select="agentLevel { id }")
        assert created["errors"] == [], created["errors"]
        levels[depth] = created["agentLevel"]["id"]
    return shop, levels


async def apply(api: Api, shop: dict, member: dict, level_id: str, region: str, **extra) -> dict:
    return await api.mutate("agentApply", {"levelId": level_id, "regionCode": region, **APPLICANT, **extra}, token=member["token"],
                            merchant=shop["slug"], select="application { id status }")


async def agent(api: Api, shop: dict, level_id: str, region: str, **extra) -> dict:
    member = await api.register(merchant=shop["slug"])
    applied = await apply(api, shop, member, level_id, region, **extra)
    assert applied["errors"] == [], applied["errors"]
    approved = await api.mutate("agentApplicationReview", {"applicationId": applied["application"]["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert approved["errors"] == [], approved["errors"]
    return member


async def bonus(api: Api, shop: dict, member: dict) -> int:
    data = await api.ok("{ agentMyEarnings { bonus { minor } } }", token=member["token"], merchant=shop["slug"])
    return data["agentMyEarnings"]["bonus"]["minor"]
