"""Helpers for the social distribution tests."""

from __future__ import annotations

from tests.api import Api

PLUGIN = "b2b2c_social"
ME = "{ socialMe { status shareCode shareLink grade upline { name } team { level1 level2 level3 total } sales { own { minor } level1 { minor } total { minor } } } }"


async def configure(api: Api, shop: dict, **config) -> dict:
    payload = await api.mutate("merchantPluginConfigure", {"plugin": PLUGIN, "enabled": True, "config": config},
                               token=shop["owner"]["token"], merchant=shop["slug"], select="merchantPlugin { config warnings { field message } }")
    return payload


async def me(api: Api, shop: dict, member: dict) -> dict:
    return (await api.ok(ME, token=member["token"], merchant=shop["slug"]))["socialMe"]


async def invite(api: Api, shop: dict, member: dict) -> str:
    payload = await api.mutate("socialDistributorInvite", {"memberId": member["id"]}, token=shop["owner"]["token"], merchant=shop["slug"],
                               select="member { shareCode status }")
    assert payload["errors"] == [], payload["errors"]
    return payload["member"]["shareCode"]


async def chain(api: Api, shop: dict, length: int, distributors: int | None = None) -> list[dict]:
    """Members 0..length-1, each referred by the previous; all but the last `length - distributors` are distributors."""
    distributors = length - 1 if distributors is None else distributors
    people: list[dict] = []
    code = None
    for i in range(length):
        person = await api.register(merchant=shop["slug"], referralCode=code) if code else await api.register(merchant=shop["slug"])
        people.append(person)
        code = await invite(api, shop, person) if i < distributors else None
    return people


async def wallet(api: Api, shop: dict, member: dict) -> dict:
    data = await api.ok("{ wallet { pending { minor } frozen { minor } available { minor } debt { minor } } }",
                        token=member["token"], merchant=shop["slug"])
    return {k: v["minor"] for k, v in data["wallet"].items()}
