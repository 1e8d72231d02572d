"""Becoming a distributor (each join mode), freezing and removing, grades, config validation."""

from tests.plugins.social import chain, configure, invite, me, wallet

APPLY = "socialApply"


async def test_config_is_validated_with_clear_errors(api):
    shop = await api.merchant()
    over_cap = await configure(api, shop, depth=2, level_rates_bps=[3000, 2500], cap_bps=5000)
    assert over_cap["errors"][0]["code"] == "CONFIG_INVALID"
    assert "above the cap" in over_cap["errors"][0]["message"]
    too_deep = await configure(api, shop, depth=4, level_rates_bps=[1, 1, 1, 1])
    assert any(e["field"] == "config.depth" for e in too_deep["errors"])
    mismatch = await configure(api, shop, depth=3, level_rates_bps=[100, 100])
    assert "one rate per level" in mismatch["errors"][0]["message"]
    purchase_without_rule = await configure(api, shop, join_mode="purchase")
    assert "purchase_rule" in purchase_without_rule["errors"][0]["message"]
    fee = await configure(api, shop, entry_fee_sku="VIP")
    assert any("入门费" in w["message"] and w["field"] == "entry_fee_sku" for w in fee["merchantPlugin"]["warnings"])
    plain = await configure(api, shop, entry_fee_sku=None)  # null takes the field back to its default (no fee)
    assert plain["errors"] == [] and plain["merchantPlugin"]["warnings"] == []


async def test_social_fields_need_the_plugin(api):
    shop = await api.merchant()
    member = await api.register(merchant=shop["slug"])
    body = await api.gql("{ socialMe { status } }", token=member["token"], merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "PLUGIN_DISABLED"


async def test_application_form_review_queue(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="application", application_form=[
        {"key": "real_name", "label": "姓名"}, {"key": "id_number", "label": "身份证", "kind": "id_number"},
        {"key": "followers", "label": "粉丝截图", "kind": "url", "required": False}])
    applicant = await api.register(merchant=shop["slug"])
    bad = await api.mutate(APPLY, {"answers": {"id_number": "123", "colour": "red"}}, token=applicant["token"], merchant=shop["slug"])
    assert sorted((e["field"], e["code"]) for e in bad["errors"]) == [
        ("answers.colour", "INVALID"), ("answers.id_number", "INVALID"), ("answers.real_name", "REQUIRED")]
    good = await api.mutate(APPLY, {"answers": {"real_name": "李雷", "id_number": "11010519491231002X"}}, token=applicant["token"],
                            merchant=shop["slug"], select="application { id status }")
    assert good["application"]["status"] == "PENDING"
    again = await api.mutate(APPLY, {"answers": {"real_name": "李雷", "id_number": "11010519491231002X"}}, token=applicant["token"], merchant=shop["slug"])
    assert again["errors"][0]["code"] == "DUPLICATE"
    queue = await api.ok("{ socialApplications(filter: {status: PENDING}) { totalCount edges { node { answers applicantId } } } }",
                         token=shop["owner"]["token"], merchant=shop["slug"])
    assert queue["socialApplications"]["totalCount"] == 1
    not_staff = await api.mutate("socialApplicationReview", {"applicationId": good["application"]["id"], "approve": True},
                                 token=applicant["token"], merchant=shop["slug"])
    assert not_staff["errors"][0]["code"] == "FORBIDDEN"
    no_reason = await api.mutate("socialApplicationReview", {"applicationId": good["application"]["id"], "approve": False},
                                 token=shop["owner"]["token"], merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    rejected = await api.mutate("socialApplicationReview", {"applicationId": good["application"]["id"], "approve": False, "reason": "资料不全"},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="application { status reason }")
    assert rejected["application"] == {"status": "REJECTED", "reason": "资料不全"}
    second = await api.mutate(APPLY, {"answers": {"real_name": "李雷", "id_number": "11010519491231002X"}}, token=applicant["token"],
                              merchant=shop["slug"], select="application { id }")
    approved = await api.mutate("socialApplicationReview", {"applicationId": second["application"]["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="application { status }")
    assert approved["application"]["status"] == "APPROVED"
    profile = await me(api, shop, applicant)
    assert profile["status"] == "ACTIVE" and len(profile["shareCode"]) == 8
    roles = await api.ok("{ me { memberships { roles } } }", token=applicant["token"])
    assert "distributor" in roles["me"]["memberships"][0]["roles"]


async def test_auto_mode_makes_everyone_a_distributor(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="auto")
    member = await api.register(merchant=shop["slug"])
    assert (await me(api, shop, member))["status"] == "ACTIVE"
    closed = await api.mutate(APPLY, {"answers": {}}, token=member["token"], merchant=shop["slug"])
    assert closed["errors"][0]["code"] in ("SOCIAL_JOIN_CLOSED", "SOCIAL_ALREADY_DISTRIBUTOR")


async def test_purchase_modes(api):
    shop = await api.merchant()
    product = await api.product(shop, price=5000, stock=50)
    vip = await api.product(shop, price=100, stock=50)
    await configure(api, shop, join_mode="purchase", purchase_rule={"skus": [vip["sku"]], "min_cumulative_spend": 10000})
    by_spend, by_sku, short = [await api.register(merchant=shop["slug"]) for _ in range(3)]
    for buyer, lines in ((by_spend, [(product["id"], 2)]), (by_sku, [(vip["id"], 1)]), (short, [(product["id"], 1)])):
        await api.pay(shop, (await api.place(shop, buyer, lines))["order"]["id"])
    assert [(await me(api, shop, b))["status"] for b in (by_spend, by_sku, short)] == ["ACTIVE", "ACTIVE", "CUSTOMER"]

    await configure(api, shop, join_mode="purchase", purchase_rule={"min_paid_orders": 1, "counted_at": "completion"})
    later = await api.register(merchant=shop["slug"])
    order = (await api.place(shop, later, [(product["id"], 1)]))["order"]
    await api.pay(shop, order["id"])
    assert (await me(api, shop, later))["status"] == "CUSTOMER"
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, token=shop["owner"]["token"], merchant=shop["slug"])
    await api.mutate("orderComplete", {"orderId": order["id"]}, token=later["token"], merchant=shop["slug"])
    assert (await me(api, shop, later))["status"] == "ACTIVE"


async def test_entry_fee_is_enforced_when_switched_on(api):
    shop = await api.merchant()
    fee = await api.product(shop, price=9900, stock=10)
    await configure(api, shop, join_mode="invitation", entry_fee_sku=fee["sku"])
    member = await api.register(merchant=shop["slug"])
    refused = await api.mutate("socialDistributorInvite", {"memberId": member["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "SOCIAL_ENTRY_FEE_UNPAID"
    await api.pay(shop, (await api.place(shop, member, [(fee["id"], 1)]))["order"]["id"])
    assert len(await invite(api, shop, member)) == 8


async def test_frozen_and_removed_distributors_earn_nothing_but_keep_their_place(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500])
    a, b, c = await chain(api, shop, 3)
    product = await api.product(shop, price=10000, stock=10)
    frozen = await api.mutate("socialDistributorStatusSet", {"memberId": b["id"], "status": "FROZEN", "reason": "under review"},
                              token=shop["owner"]["token"], merchant=shop["slug"], select="member { status }")
    assert frozen["member"]["status"] == "FROZEN"
    await api.pay(shop, (await api.place(shop, c, [(product["id"], 1)]))["order"]["id"])
    assert (await wallet(api, shop, b))["pending"] == 0  # frozen: level 1 not paid
    assert (await wallet(api, shop, a))["pending"] == 500  # level 2 still paid
    await api.mutate("socialDistributorStatusSet", {"memberId": b["id"], "status": "REMOVED", "reason": "left"},
                     token=shop["owner"]["token"], merchant=shop["slug"])
    profile = await me(api, shop, b)
    assert profile["status"] == "REMOVED" and profile["shareCode"] is None
    assert (await me(api, shop, a))["team"]["level2"] == 1  # the links stay
    roles = await api.ok("{ me { memberships { roles } } }", token=b["token"])
    assert "distributor" not in roles["me"]["memberships"][0]["roles"]
    changes = await api.ok("{ socialMemberChanges(orderBy: [{field: ID}]) { edges { node { kind oldValue newValue reason } } } }",
                           token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["node"]["oldValue"], e["node"]["newValue"]) for e in changes["socialMemberChanges"]["edges"]][-2:] == [("active", "frozen"), ("frozen", "removed")]


async def test_grades_upgrade_on_completion_and_by_hand(api):
    shop = await api.merchant()
    owner = shop["owner"]["token"]
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    for rank, name, extra in ((0, "普通", {}), (1, "银牌", {"teamSizeMin": 2, "l1Bps": 2000})):
        created = await api.mutate("socialGradeCreate", {"name": name, "rank": rank, **extra}, token=owner, merchant=shop["slug"])
        assert created["errors"] == []
    bad = await api.mutate("socialGradeCreate", {"name": "x", "rank": 5, "l1Bps": 20000}, token=owner, merchant=shop["slug"])
    assert bad["errors"][0]["field"] == "l1Bps"
    leader = await api.register(merchant=shop["slug"])
    code = await invite(api, shop, leader)
    assert (await me(api, shop, leader))["grade"] == "普通"
    progress = await api.ok("{ socialMe { nextGrade { grade criteria { name current target met } } } }", token=leader["token"], merchant=shop["slug"])
    assert progress["socialMe"]["nextGrade"] == {"grade": "银牌", "criteria": [{"name": "team_size", "current": 0, "target": 2, "met": False}]}
    buyers = [await api.register(merchant=shop["slug"], referralCode=code) for _ in range(2)]
    product = await api.product(shop, price=10000, stock=10)
    order = (await api.place(shop, buyers[0], [(product["id"], 1)]))["order"]
    await api.pay(shop, order["id"])
    assert (await wallet(api, shop, leader))["pending"] == 1000  # still 普通 when paid
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=shop["slug"])
    await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyers[0]["token"], merchant=shop["slug"])
    assert (await me(api, shop, leader))["grade"] == "银牌"
    second = (await api.place(shop, buyers[1], [(product["id"], 1)]))["order"]
    await api.pay(shop, second["id"])
    assert await wallet(api, shop, leader) == {"pending": 2000, "frozen": 1000, "available": 0, "debt": 0}  # the grade's rate
    grades = await api.ok("{ socialGrades { edges { node { id name } } } }", token=owner, merchant=shop["slug"])
    basic = next(e["node"]["id"] for e in grades["socialGrades"]["edges"] if e["node"]["name"] == "普通")
    no_reason = await api.mutate("socialGradeSet", {"memberId": leader["id"], "gradeId": basic, "reason": ""}, token=owner, merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    down = await api.mutate("socialGradeSet", {"memberId": leader["id"], "gradeId": basic, "reason": "violated the rules"},
                            token=owner, merchant=shop["slug"])
    assert down["errors"] == [] and (await me(api, shop, leader))["grade"] == "普通"
