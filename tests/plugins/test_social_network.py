"""Binding and the network through the API: codes, modes, cycles, moves, history, team counters."""

from datetime import datetime, timedelta, timezone

from fenxiao.core import db
from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.core.models import Merchant, User
from fenxiao.core.services import accounts as core_accounts
from tests.settling import settled as settle
from fenxiao.plugins.b2b2c_social import network, service
from tests.factories import tokens_for
from tests.api import unique
from tests.plugins.social import chain, configure, invite, me

HISTORY = """query($member: ID) { socialBindingEvents(filter: {memberId: $member}, orderBy: [{field: ID}]) {
  edges { node { action source newUplineId oldUplineId reason code } } } }"""


async def test_share_code_and_link_and_registration_binding(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", share_url="https://tea.example/s?ref={code}")
    alice = await api.register(merchant=shop["slug"])
    code = await invite(api, shop, alice)
    profile = await me(api, shop, alice)
    assert profile["shareCode"] == code and profile["shareLink"] == f"https://tea.example/s?ref={code}"
    bob = await api.register(merchant=shop["slug"], referralCode=code.lower())
    assert "*" in (await me(api, shop, bob))["upline"]["name"]  # others see uplines masked
    assert (await me(api, shop, alice))["team"] == {"level1": 1, "level2": 0, "level3": 0, "total": 1}
    history = await api.ok(HISTORY, {"member": bob["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [e["node"]["action"] for e in history["socialBindingEvents"]["edges"]] == ["BIND"]
    assert history["socialBindingEvents"]["edges"][0]["node"]["source"] == "REGISTER"
    assert history["socialBindingEvents"]["edges"][0]["node"]["newUplineId"] == alice["id"]


async def test_first_touch_keeps_the_first_upline(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", binding_mode="first_touch")
    a, b = await api.register(merchant=shop["slug"]), await api.register(merchant=shop["slug"])
    code_a, code_b = await invite(api, shop, a), await invite(api, shop, b)
    buyer = await api.register(merchant=shop["slug"], referralCode=code_a)
    refused = await api.mutate("socialBind", {"code": code_b, "source": "LINK"}, token=buyer["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "SOCIAL_BIND_REFUSED"
    product = await api.product(shop)
    assert (await api.place(shop, buyer, [(product["id"], 1)], referralCode=code_b))["errors"] == []
    assert (await me(api, shop, a))["team"]["level1"] == 1 and (await me(api, shop, b))["team"]["level1"] == 0


async def test_last_touch_rebinds_and_moves_the_team(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", binding_mode="last_touch")
    a, b = await api.register(merchant=shop["slug"]), await api.register(merchant=shop["slug"])
    code_a, code_b = await invite(api, shop, a), await invite(api, shop, b)
    mid = await api.register(merchant=shop["slug"], referralCode=code_a)
    code_mid = await invite(api, shop, mid)
    await api.register(merchant=shop["slug"], referralCode=code_mid)
    assert (await me(api, shop, a))["team"] == {"level1": 1, "level2": 1, "level3": 0, "total": 2}
    rebound = await api.mutate("socialBind", {"code": code_b, "source": "LINK"}, token=mid["token"], merchant=shop["slug"])
    assert rebound["errors"] == []
    assert (await me(api, shop, a))["team"] == {"level1": 0, "level2": 0, "level3": 0, "total": 0}
    assert (await me(api, shop, b))["team"] == {"level1": 1, "level2": 1, "level3": 0, "total": 2}
    history = await api.ok(HISTORY, {"member": mid["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["node"]["action"], e["node"]["source"]) for e in history["socialBindingEvents"]["edges"]] == [("BIND", "REGISTER"), ("REBIND", "LINK")]


async def test_expiring_bindings_release_and_rebind(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", binding_mode="first_touch_expiring", binding_days=10)
    a, b = await api.register(merchant=shop["slug"]), await api.register(merchant=shop["slug"])
    code_a, code_b = await invite(api, shop, a), await invite(api, shop, b)
    member = await api.register(merchant=shop["slug"], referralCode=code_a)
    assert (await api.mutate("socialBind", {"code": code_b}, token=member["token"], merchant=shop["slug"]))["errors"][0]["code"] == "SOCIAL_BIND_REFUSED"
    counts = await settle(api.app.state.manager, datetime.now(timezone.utc) + timedelta(days=11), shop["slug"])
    assert counts["social_bindings_expired"] == 1
    assert (await me(api, shop, member))["upline"] is None
    assert (await api.mutate("socialBind", {"code": code_b}, token=member["token"], merchant=shop["slug"]))["errors"] == []
    history = await api.ok(HISTORY, {"member": member["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [e["node"]["action"] for e in history["socialBindingEvents"]["edges"]] == ["BIND", "EXPIRE", "BIND"]


async def test_new_members_only(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", bind_new_members_only=True)
    a = await api.register(merchant=shop["slug"])
    code = await invite(api, shop, a)
    old = await api.register(merchant=shop["slug"])
    assert (await api.mutate("socialBind", {"code": code}, token=old["token"], merchant=shop["slug"]))["errors"][0]["code"] == "SOCIAL_BIND_REFUSED"
    newcomer = await api.register()
    assert (await api.mutate("socialBind", {"code": code}, token=newcomer["token"], merchant=shop["slug"]))["errors"] == []


async def test_no_self_binding_no_cycles_unknown_codes(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", binding_mode="last_touch")
    a, b, c = await chain(api, shop, 3, distributors=3)
    code_a = (await me(api, shop, a))["shareCode"]
    code_c = (await me(api, shop, c))["shareCode"]
    own = await api.mutate("socialBind", {"code": code_a}, token=a["token"], merchant=shop["slug"])
    assert own["errors"][0]["code"] == "SOCIAL_CYCLE"  # one condition, one code, however the binding is asked for
    cycle = await api.mutate("socialBind", {"code": code_c}, token=a["token"], merchant=shop["slug"])
    assert (cycle["errors"][0]["code"], cycle["errors"][0]["message"]) == ("SOCIAL_CYCLE", "the code's owner is in this member's own team")
    unknown = await api.mutate("socialBind", {"code": "NOPE1234"}, token=c["token"], merchant=shop["slug"])
    assert unknown["errors"][0]["code"] == "SOCIAL_CODE_UNKNOWN"
    move = await api.mutate("socialMemberMove", {"memberId": a["id"], "uplineId": c["id"], "reason": "test"},
                            token=shop["owner"]["token"], merchant=shop["slug"])
    assert move["errors"][0]["code"] == "SOCIAL_CYCLE"


async def test_admin_move_with_reason_and_counters(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation")
    a, b, c, d = await chain(api, shop, 4)
    x = await api.register(merchant=shop["slug"])
    await invite(api, shop, x)
    product = await api.product(shop, price=1000, stock=20)
    await api.pay(shop, (await api.place(shop, d, [(product["id"], 3)]))["order"]["id"])
    assert (await me(api, shop, a))["team"] == {"level1": 1, "level2": 1, "level3": 1, "total": 3}
    assert (await me(api, shop, a))["sales"]["total"]["minor"] == 3000
    no_reason = await api.mutate("socialMemberMove", {"memberId": c["id"], "uplineId": x["id"], "reason": " "},
                                 token=shop["owner"]["token"], merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    staff_only = await api.mutate("socialMemberMove", {"memberId": c["id"], "uplineId": x["id"], "reason": "r"},
                                  token=d["token"], merchant=shop["slug"])
    assert staff_only["errors"][0]["code"] == "FORBIDDEN"
    moved = await api.mutate("socialMemberMove", {"memberId": c["id"], "uplineId": x["id"], "reason": "agreed transfer"},
                             token=shop["owner"]["token"], merchant=shop["slug"])
    assert moved["errors"] == []
    assert (await me(api, shop, a))["team"] == {"level1": 1, "level2": 0, "level3": 0, "total": 1}
    assert (await me(api, shop, a))["sales"]["total"]["minor"] == 0
    assert (await me(api, shop, x))["team"] == {"level1": 1, "level2": 1, "level3": 0, "total": 2}
    xs = await api.ok("{ socialMe { sales { level1 { minor } total { minor } } } }", token=x["token"], merchant=shop["slug"])
    assert xs["socialMe"]["sales"] == {"level1": {"minor": 0}, "total": {"minor": 3000}}
    history = await api.ok(HISTORY, {"member": c["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    last = history["socialBindingEvents"]["edges"][-1]["node"]
    assert (last["action"], last["source"], last["reason"], last["oldUplineId"], last["newUplineId"]) == (
        "ADMIN_MOVE", "ADMIN", "agreed transfer", b["id"], x["id"])
    team = await api.ok("{ socialMyTeam(level: 2) { totalCount edges { node { name isDistributor teamSize } } } }", token=x["token"], merchant=shop["slug"])
    assert team["socialMyTeam"]["totalCount"] == 1 and "*" in team["socialMyTeam"]["edges"][0]["node"]["name"]


async def test_team_queries_cost_the_same_for_a_bigger_team(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation")
    leader = await api.register(merchant=shop["slug"])
    code = await invite(api, shop, leader)
    query = "{ socialMe { team { total } } socialMyTeam(level: 1, first: 50) { edges { node { name isDistributor teamSize } } } }"

    async def cost() -> int:
        body = await api.gql(query, token=leader["token"], merchant=shop["slug"])
        assert not body.get("errors"), body
        return body["extensions"]["queries"]

    await api.register(merchant=shop["slug"], referralCode=code)
    small = await cost()
    for _ in range(8):
        await api.register(merchant=shop["slug"], referralCode=code)
    assert await cost() == small


async def test_paying_costs_the_same_queries_at_any_depth(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=3, level_rates_bps=[1000, 500, 200])
    merchant = await Merchant.get(slug=shop["slug"])
    hooks = await api.app.state.manager.context(merchant, None)
    product = await api.product(shop, price=1000, stock=100)

    async def deep_buyer(depth: int) -> dict:
        previous = None
        async with unit_of_work():
            for i in range(depth + 1):
                user = await User.create(email=f"{unique('deep')}@example.com", display_name=f"D{i}", password_hash="-")
                await core_accounts.join(hooks, user)
                if previous is not None:
                    code = (await network.member(merchant.id, previous.id)).share_code
                    await network.bind(hooks, user.id, code, network.BindingSource.CODE, is_new_member=True)
                if i < depth:
                    await service.promote(hooks, user.id, "deep chain")
                previous = user
        return tokens_for(previous, api.app.state.settings)

    async def pay_cost(buyer: dict) -> int:
        order = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
        body = await api.gql("mutation($i: OrderPayInput!) { orderPay(input: $i) { errors { code } } }",
                             {"i": {"orderId": order["id"], "idempotencyKey": unique("depth-key-")}},
                             token=shop["owner"]["token"], merchant=shop["slug"])
        assert body["data"]["orderPay"]["errors"] == []
        return body["extensions"]["queries"]

    shallow, deep = await deep_buyer(4), await deep_buyer(60)
    await pay_cost(await deep_buyer(1))  # the first payment of a process also looks up the merchant's account ids
    assert await pay_cost(shallow) == await pay_cost(deep)
    profile = await api.ok("{ socialMe { upline { name } } }", token=deep["token"], merchant=shop["slug"])
    assert profile["socialMe"]["upline"] is not None


async def test_uplines_read_the_whole_chain_nearest_first(api, monkeypatch):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation")
    merchant = await Merchant.get(slug=shop["slug"])
    hooks = await api.app.state.manager.context(merchant, None)
    line: list[int] = []
    async with unit_of_work():
        for i in range(12):
            user = await User.create(email=f"{unique('line')}@example.com", display_name=f"L{i}", password_hash="-")
            await core_accounts.join(hooks, user)
            if line:
                code = (await network.member(merchant.id, line[-1])).share_code
                await network.bind(hooks, user.id, code, network.BindingSource.CODE, is_new_member=True)
            await service.promote(hooks, user.id, "a line")
            line.append(user.id)
    monkeypatch.setattr(db, "SQLITE_IDS_PER_STATEMENT", 5)  # SQLite takes the 11 ids in three statements
    deepest = await network.member(merchant.id, line[-1])
    with db.count_queries() as statements:
        rows = await network.uplines(merchant.id, deepest.path)
    assert [row["user_id"] for row in rows] == line[-2::-1]
    assert [row["team_total"] for row in rows] == list(range(1, 12))
    assert statements[0] == (1 if db.dialect() == "postgres" else 3)
