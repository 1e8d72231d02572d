"""People of a merchant made the way the API makes them: each plugin role comes with the record behind it."""

from __future__ import annotations

from tests.api import Api, unique
from tests.plugins import agents

PLUGIN_ROLES = ["customer", "distributor", "agent", "reseller", "salesperson", "clerk", "supplier"]


async def networker(api: Api, shop: dict, region: str = "310104", sales_region: str = "310105") -> dict:
    """A member holding every built-in plugin role but no staff role: a distributor (invited), a reseller
    (applied, approved), the agent of `region` (applied, approved), a salesperson of the agent of
    `sales_region`, a clerk of a store (its id in "store") and the owner of an approved supplier (its id in
    "supplier"). Enables the plugins with their defaults
    where they are not yet."""
    owner, slug = shop["owner"]["token"], shop["slug"]
    await agents.divisions()
    for plugin in ("b2b2c_social", "b2b_ordering", "b2b_agent", "store_pickup", "supplier"):
        enabled = await api.mutate("merchantPluginConfigure", {"plugin": plugin, "enabled": True}, token=owner, merchant=slug)
        assert enabled["errors"] == [], enabled["errors"]
    person = await api.register(merchant=slug)

    invited = await api.mutate("socialDistributorInvite", {"memberId": person["id"]}, token=owner, merchant=slug)
    assert invited["errors"] == [], invited["errors"]

    level = await api.mutate("orderingLevelCreate", {"name": "一级", "rank": 1, "discountBps": 3000}, token=owner, merchant=slug,
                             select="orderingLevel { id }")
    assert level["errors"] == [], level["errors"]
    applied = await api.mutate("orderingApply", {"levelId": level["orderingLevel"]["id"]}, token=person["token"], merchant=slug)
    assert applied["errors"] == [], applied["errors"]
    approved = await api.mutate("orderingResellerReview", {"memberId": person["id"], "approve": True}, token=owner, merchant=slug)
    assert approved["errors"] == [], approved["errors"]

    district = await api.mutate("agentLevelCreate", {"name": "区级代理", "depth": 3, "rateBps": 300}, token=owner, merchant=slug,
                                select="agentLevel { id }")
    assert district["errors"] == [], district["errors"]
    level_id = district["agentLevel"]["id"]
    applied = await agents.apply(api, shop, person, level_id, region)
    assert applied["errors"] == [], applied["errors"]
    approved = await api.mutate("agentApplicationReview", {"applicationId": applied["application"]["id"], "approve": True},
                                token=owner, merchant=slug)
    assert approved["errors"] == [], approved["errors"]

    boss = await agents.agent(api, shop, level_id, sales_region)
    hired = await api.mutate("agentSalespersonAdd", {"memberId": person["id"]}, token=boss["token"], merchant=slug)
    assert hired["errors"] == [], hired["errors"]
    accepted = await api.mutate("agentSalespersonInvitationAnswer", {"agentId": boss["id"], "accept": True}, token=person["token"], merchant=slug)
    assert accepted["errors"] == [], accepted["errors"]

    store = await api.mutate("storeSave", {"code": unique("S"), "name": "徐汇店", "address": "上海市徐汇区天钥桥路 133 号",
                                           "regionCode": region, "latitude": 31.1947, "longitude": 121.4365},
                             token=owner, merchant=slug, select="store { id }")
    assert store["errors"] == [], store["errors"]
    clerk = await api.mutate("storeClerkAdd", {"storeId": store["store"]["id"], "memberId": person["id"]}, token=owner, merchant=slug)
    assert clerk["errors"] == [], clerk["errors"]
    person["store"] = store["store"]["id"]

    supplier = await api.mutate("supplierApply", {"code": unique("net-").lower(), "companyName": "网络供应", "contactName": "网络",
                                                  "contactPhone": "13900002222", "licenceNumber": "91310104MA1FL0K12X",
                                                  "categories": ["茶叶"], "payoutAccount": "62220000333344445555", "agreementVersion": "2026-01"},
                                token=person["token"], merchant=slug, select="supplier { id }")
    assert supplier["errors"] == [], supplier["errors"]
    approved = await api.mutate("supplierReview", {"supplierId": supplier["supplier"]["id"], "approve": True}, token=owner, merchant=slug)
    assert approved["errors"] == [], approved["errors"]
    person["supplier"] = supplier["supplier"]["id"]
    return person
