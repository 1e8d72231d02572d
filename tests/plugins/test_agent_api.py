"""Regional agents through the API: exclusivity, territories, salespeople, recruitment, targets, map, custom regions."""

from datetime import datetime, timedelta, timezone

from fenxiao.plugins.b2b_agent.models import AgentDivision
from tests.plugins import agents as agents_helpers
from tests.api import ADDRESS, unique
from tests.plugins.agents import agent, apply, bonus, setup

XIHU = {**ADDRESS, "regionCode": "330106", "address": "浙江省杭州市西湖区文三路 90 号"}


async def _buy(api, shop, address=XIHU, price=100000, seller=None):
    product = await api.product(shop, price=price, stock=5)
    buyer = await api.register()
    extra = {"sellerId": seller["id"]} if seller else {}
    placed = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}], "shippingAddress": address, **extra},
                              token=buyer["token"], merchant=shop["slug"], select="order { id lines { id } }")
    assert placed["errors"] == [], placed["errors"]
    await api.pay(shop, placed["order"]["id"])
    return placed["order"]


async def test_a_held_region_refuses_others_naming_the_holders_level(api):
    shop, level = await setup(api)
    await agent(api, shop, level[3], "330106")
    member = await api.register(merchant=shop["slug"])
    refused = await apply(api, shop, member, level[3], "330106")
    assert refused["errors"] == [{"field": "regionCode", "code": "AGENT_REGION_TAKEN", "message": "西湖区 is held by a 区级代理"}]
    mismatch = await apply(api, shop, member, level[3], "330100")
    assert mismatch["errors"][0]["code"] == "AGENT_LEVEL_MISMATCH"
    bad = await apply(api, shop, member, level[2], "330100", idNumber="123", agreementVersion="old")
    assert sorted(e["field"] for e in bad["errors"]) == ["agreementVersion", "idNumber"]
    unknown = await apply(api, shop, member, level[3], "999999")
    assert unknown["errors"][0]["code"] == "NOT_FOUND"
    malformed = await apply(api, shop, member, level[3], "0" * 13)
    assert [(e["field"], e["code"]) for e in malformed["errors"]] == [("regionCode", "INVALID")]


async def test_granting_a_region_answers_every_other_application_for_it(api):
    shop, level = await setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    applicants = [await api.register(merchant=slug) for _ in range(3)]
    ids = [(await apply(api, shop, person, level[3], "330106"))["application"]["id"] for person in applicants]
    other_region = (await apply(api, shop, await api.register(merchant=slug), level[3], "330102"))["application"]["id"]
    granted = await api.mutate("agentApplicationReview", {"applicationId": ids[1], "approve": True}, token=owner, merchant=slug)
    assert granted["errors"] == []
    page = await api.ok("{ agentApplications { nodes { id status reason } } }", token=owner, merchant=slug)
    by_id = {n["id"]: (n["status"], n["reason"]) for n in page["agentApplications"]["nodes"]}
    assert by_id[ids[1]][0] == "APPROVED" and by_id[other_region][0] == "PENDING"
    assert by_id[ids[0]] == by_id[ids[2]] == ("REJECTED", "the region was granted to another applicant")


async def test_territory_changes_are_recorded(api):
    shop, level = await setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    holder = await agent(api, shop, level[3], "330106")
    successor = await api.register(merchant=slug)
    mine = await api.ok("{ agentMyTerritories { regionCode regionName level status endsAt } }", token=holder["token"], merchant=slug)
    assert [(t["regionCode"], t["regionName"], t["level"], t["status"]) for t in mine["agentMyTerritories"]] == [("330106", "西湖区", "区级代理", "ACTIVE")]
    later = (datetime.fromisoformat(mine["agentMyTerritories"][0]["endsAt"]) + timedelta(days=365)).isoformat()
    assert (await api.mutate("agentTerritoryRenew", {"regionCode": "330106", "endsAt": later, "reason": "met target"}, token=owner, merchant=slug))["errors"] == []
    suspended = await api.mutate("agentTerritorySuspend", {"regionCode": "330106", "suspend": True, "reason": "complaint"}, token=owner, merchant=slug,
                                 select="territory { status }")
    assert suspended["territory"]["status"] == "SUSPENDED"
    await _buy(api, shop)
    assert await bonus(api, shop, holder) == 0  # suspended: still held, earns nothing
    await api.mutate("agentTerritorySuspend", {"regionCode": "330106", "suspend": False, "reason": "resolved"}, token=owner, merchant=slug)
    moved = await api.mutate("agentTerritoryTransfer", {"regionCode": "330106", "toMemberId": successor["id"], "reason": "family business"},
                             token=owner, merchant=slug, select="territory { agentId }")
    assert moved["territory"]["agentId"] == successor["id"]
    not_agent_any_more = await api.gql("{ agentMyChain { regionCode } }", token=holder["token"], merchant=slug)
    assert not_agent_any_more["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    ended = await api.mutate("agentTerritoryEnd", {"regionCode": "330106", "reason": "contract ended"}, token=owner, merchant=slug,
                             select="territory { regionCode agentId }")
    assert ended["errors"] == [] and ended["territory"] == {"regionCode": "330106", "agentId": successor["id"]}
    events = await api.ok('{ agentTerritoryEvents(filter: {regionCode: "330106"}, orderBy: [{field: ID}]) { edges { node { action reason } } } }',
                          token=owner, merchant=slug)
    assert [e["node"]["action"] for e in events["agentTerritoryEvents"]["edges"]] == ["GRANTED", "RENEWED", "SUSPENDED", "RESUMED", "TRANSFERRED", "ENDED"]
    vacant_again = await apply(api, shop, holder, level[3], "330106")
    assert vacant_again["errors"] == []
    staff_only = await api.mutate("agentTerritoryEnd", {"regionCode": "330106", "reason": "x"}, token=holder["token"], merchant=slug)
    assert staff_only["errors"][0]["code"] == "FORBIDDEN"
    # Codes longer than any region are refused before they reach a query (the fuzzer found this one).
    for mutation in ("agentTerritorySuspend", "agentTerritoryEnd"):
        overlong = await api.mutate(mutation, {"regionCode": "0" * 13, "suspend": True, "reason": "x"} if mutation.endswith("Suspend")
                                    else {"regionCode": "0" * 13, "reason": "x"}, token=owner, merchant=slug)
        assert [(e["field"], e["code"]) for e in overlong["errors"]] == [("regionCode", "INVALID")]


async def test_salespeople_and_recruitment(api):
    shop, level = await setup(api, salesperson_bps=200, recruitment_reward=10000, recruitment_bps=100)
    slug = shop["slug"]
    city = await agent(api, shop, level[2], "330100")
    district = await agent(api, shop, level[3], "330106", recommenderId=city["id"])
    recruits = await api.ok("{ agentMyRecruits { regionCode } }", token=city["token"], merchant=slug)
    assert recruits["agentMyRecruits"] == [{"regionCode": "330106"}]
    wallet = await api.ok("{ wallet { available { minor } } }", token=city["token"], merchant=slug)
    assert wallet["wallet"]["available"]["minor"] == 10000  # paid on the recruit's approval
    seller = await api.register(merchant=slug)
    added = await api.mutate("agentSalespersonAdd", {"memberId": seller["id"]}, token=district["token"], merchant=slug)
    assert added["errors"] == []
    accepted = await api.mutate("agentSalespersonInvitationAnswer", {"agentId": district["id"], "accept": True}, token=seller["token"], merchant=slug)
    assert accepted["errors"] == []
    people = await api.ok("{ agentMySalespeople { salespersonId active } }", token=district["token"], merchant=slug)
    assert people["agentMySalespeople"] == [{"salespersonId": seller["id"], "active": True}]
    # Sold by the salesperson, shipped to Shenzhen: it still counts for the district agent's territory.
    await _buy(api, shop, address={**ADDRESS, "regionCode": "440305", "address": "广东省深圳市南山区"}, seller=seller)
    earned = await api.ok("{ agentMyEarnings { salesReward { minor } } }", token=seller["token"], merchant=slug)
    assert earned["agentMyEarnings"]["salesReward"]["minor"] == 2000
    assert await bonus(api, shop, district) == 3000 and await bonus(api, shop, city) == 2000
    recruitment = await api.ok("{ agentMyEarnings { recruitment { minor } } }", token=city["token"], merchant=slug)
    assert recruitment["agentMyEarnings"]["recruitment"]["minor"] == 1000
    chain = await api.ok("{ agentMyChain { regionCode level holder } }", token=district["token"], merchant=slug)
    assert [(c["regionCode"], c["holder"] is not None) for c in chain["agentMyChain"]] == [("330100", True), ("330000", False)]


async def test_a_salesperson_is_enlisted_only_by_their_own_acceptance_and_never_from_the_staff(api):
    shop, level = await setup(api, salesperson_bps=200)
    slug = shop["slug"]
    district = await agent(api, shop, level[3], "330106")
    other = await agent(api, shop, level[3], "330102")
    as_agent = {"token": district["token"], "merchant": slug}
    person = await api.register(merchant=slug)
    roles = "{ me { memberships { roles } } }"

    invited = await api.mutate("agentSalespersonAdd", {"memberId": person["id"]}, select="salesperson { active acceptedAt }", **as_agent)
    assert invited["errors"] == [] and invited["salesperson"] == {"active": False, "acceptedAt": None}
    assert "salesperson" not in str(await api.ok(roles, token=person["token"]))  # no role, no attribution until they accept
    await _buy(api, shop, address={**ADDRESS, "regionCode": "440305", "address": "广东省深圳市南山区"}, seller=person)
    assert (await api.ok("{ agentMyEarnings { salesReward { minor } } }", token=person["token"], merchant=slug))[
        "agentMyEarnings"]["salesReward"]["minor"] == 0
    clash = await api.mutate("agentSalespersonAdd", {"memberId": person["id"]}, token=other["token"], merchant=slug)
    assert [e["code"] for e in clash["errors"]] == ["DUPLICATE"]
    wrong_agent = await api.mutate("agentSalespersonInvitationAnswer", {"agentId": other["id"], "accept": True}, token=person["token"], merchant=slug)
    assert [e["code"] for e in wrong_agent["errors"]] == ["NOT_FOUND"]
    waiting = await api.ok("{ agentMyInvitation { agentId } }", token=person["token"], merchant=slug)
    assert waiting["agentMyInvitation"] == {"agentId": district["id"]}
    declined = await api.mutate("agentSalespersonInvitationAnswer", {"agentId": district["id"], "accept": False}, token=person["token"], merchant=slug)
    assert declined["errors"] == [] and (await api.ok("{ agentMyInvitation { agentId } }", token=person["token"], merchant=slug))[
        "agentMyInvitation"] is None
    assert (await api.ok("{ agentMySalespeople { salespersonId } }", **as_agent))["agentMySalespeople"] == []

    assert (await api.mutate("agentSalespersonAdd", {"memberId": person["id"]}, token=other["token"], merchant=slug))["errors"] == []
    assert (await api.mutate("agentSalespersonInvitationAnswer", {"agentId": other["id"], "accept": True}, token=person["token"],
                             merchant=slug))["errors"] == []
    assert "salesperson" in str(await api.ok(roles, token=person["token"]))
    taken = await api.mutate("agentSalespersonAdd", {"memberId": person["id"]}, **as_agent)
    assert [e["code"] for e in taken["errors"]] == ["DUPLICATE"]

    owner_id = (await api.ok("{ me { id } }", token=shop["owner"]["token"]))["me"]["id"]
    clerk = await api.register(merchant=slug)
    await api.mutate("memberRolesSet", {"memberId": clerk["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=slug)
    for member_id in (owner_id, clerk["id"]):
        refused = await api.mutate("agentSalespersonAdd", {"memberId": member_id}, **as_agent)
        assert [(e["code"], e["field"]) for e in refused["errors"]] == [("FORBIDDEN", "memberId")]
    owner_roles = str(await api.ok(roles, token=shop["owner"]["token"]))
    assert "salesperson" not in owner_roles


async def test_targets_attainment_report_and_refunds(api):
    shop, level = await setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    district = await agent(api, shop, level[3], "330106")
    now = datetime.now(timezone.utc)
    created = await api.mutate("agentTargetCreate", {"agentId": district["id"], "startsAt": (now - timedelta(days=1)).isoformat(),
                                                     "endsAt": (now + timedelta(days=30)).isoformat(), "amount": 400000},
                               token=owner, merchant=slug)
    assert created["errors"] == []
    order = await _buy(api, shop)
    await _buy(api, shop)
    targets = await api.ok("{ agentMyTargets { progress { minor } attainmentBps } }", token=district["token"], merchant=slug)
    assert targets["agentMyTargets"] == [{"progress": {"minor": 200000}, "attainmentBps": 5000}]
    await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("r-key-")}, token=owner, merchant=slug)
    assert await bonus(api, shop, district) == 3000  # the refunded order's bonus is reversed
    report = await api.ok("{ agentTargetReport { regionCode progress { minor } attainmentBps } }", token=owner, merchant=slug)
    assert report["agentTargetReport"] == [{"regionCode": "330106", "progress": {"minor": 100000}, "attainmentBps": 2500}]
    orders = await api.ok("{ agentTerritoryOrders { totalCount edges { node { buyerName buyerPhone regionCode } } } }", token=district["token"], merchant=slug)
    assert orders["agentTerritoryOrders"]["totalCount"] == 2
    assert orders["agentTerritoryOrders"]["edges"][0]["node"] == {"buyerName": "L***", "buyerPhone": "138****8000", "regionCode": "330106"}


async def test_region_map(api):
    shop, level = await setup(api)
    await agent(api, shop, level[1], "330000")
    await agent(api, shop, level[2], "330100")
    provinces = await api.ok("{ agentRegionMap { code name depth holder vacant } }", token=shop["owner"]["token"], merchant=shop["slug"])
    zhejiang = next(r for r in provinces["agentRegionMap"] if r["code"] == "330000")
    assert zhejiang["depth"] == 1 and not zhejiang["vacant"] and zhejiang["holder"] is not None
    assert len(provinces["agentRegionMap"]) >= 34  # provinces, autonomous regions, municipalities, SARs
    cities = await api.ok('{ agentRegionMap(parentCode: "330000") { code level vacant } }', token=shop["owner"]["token"], merchant=shop["slug"])
    by_code = {r["code"]: r for r in cities["agentRegionMap"]}
    assert by_code["330100"] == {"code": "330100", "level": "市级代理", "vacant": False} and by_code["330200"]["vacant"]
    overlong = await api.gql('{ agentRegionMap(parentCode: "3300000000000") { code } }', token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in overlong["errors"]] == [("INVALID", "parentCode")]


async def test_merchant_defined_regions(api):
    shop, level = await setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    for code, name, depth, parent in (("US", "United States", 1, None), ("US-CA", "California", 2, "US"), ("US-CA-SF", "San Francisco", 3, "US-CA")):
        made = await api.mutate("agentRegionCreate", {"code": code, "name": name, "level": depth, **({"parentCode": parent} if parent else {})},
                                token=owner, merchant=slug)
        assert made["errors"] == [], made["errors"]
    orphan = await api.mutate("agentRegionCreate", {"code": "XX", "name": "x", "level": 2}, token=owner, merchant=slug)
    assert orphan["errors"][0]["field"] == "parentCode"
    sf = await agent(api, shop, level[3], "US-CA-SF")
    us = await agent(api, shop, level[1], "US")
    await _buy(api, shop, address={**ADDRESS, "regionCode": "US-CA-SF", "address": "1 Market St"})
    assert await bonus(api, shop, sf) == 3000 and await bonus(api, shop, us) == 5000


async def test_refreshing_the_division_list_retires_what_it_no_longer_lists(database, tmp_path):
    await agents_helpers.divisions()
    smaller = tmp_path / "divisions.csv"
    smaller.write_text("code,name,level,parent\n110000,北京市,1,\n110100,北京市,2,110000\n110105,朝阳区,3,110100\n", encoding="utf-8")
    counts = await agents_helpers.divisions(smaller)
    assert counts["added"] == 0 and counts["retired"] > 3000
    assert await AgentDivision.filter(active=True).count() == 3
    assert (await agents_helpers.divisions())["updated"] > 3000  # and back
