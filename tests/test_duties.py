"""Separation of duties: nobody reviews their own request or decides on their own money or
standing — not staff, not owners. Each review operation is tried by the member who filed the
request (refused, nothing changes) and then by another member of the staff (accepted)."""

from __future__ import annotations

from tests.api import unique
from tests.plugins import agents, ordering, social


async def _staff(api, shop: dict) -> dict:
    """A member of the merchant made staff and a second owner by the owner: holding every review
    role, the only thing that stops them is that the request is their own."""
    member = await api.register(merchant=shop["slug"])
    granted = await api.mutate("memberRolesSet", {"memberId": member["id"], "roles": ["customer", "staff", "owner"]},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert granted["errors"] == [], granted["errors"]
    return member


def _refused(payload: dict) -> bool:
    return [e["code"] for e in payload["errors"]] == ["OWN_REQUEST"]


async def test_nobody_reviews_or_pays_out_their_own_withdrawal(api):
    shop = await api.merchant()
    clerk = await _staff(api, shop)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    as_clerk = {"token": clerk["token"], "merchant": shop["slug"]}
    assert _refused(await api.mutate("walletAdjust", {"memberId": clerk["id"], "amount": 50000, "reason": "bonus",
                                                      "idempotencyKey": unique("adjust-")}, **as_clerk))
    assert (await api.mutate("walletAdjust", {"memberId": clerk["id"], "amount": 50000, "reason": "bonus",
                                              "idempotencyKey": unique("adjust-")}, **owner))["errors"] == []
    owner_id = (await api.ok("{ me { id } }", token=shop["owner"]["token"]))["me"]["id"]
    assert _refused(await api.mutate("walletAdjust", {"memberId": owner_id, "amount": 100, "reason": "mine",
                                                      "idempotencyKey": unique("adjust-")}, **owner))
    ids = []
    for _ in range(2):
        requested = await api.mutate("withdrawalRequest", {"amount": 10000, "method": "ALIPAY", "accountName": "Clerk",
                                                           "accountNumber": "clerk@alipay", "idempotencyKey": unique("withdraw-")},
                                     select="withdrawal { id }", **as_clerk)
        ids.append(requested["withdrawal"]["id"])
    for operation, extra in (("withdrawalApprove", {}), ("withdrawalReject", {"reason": "no"})):
        assert _refused(await api.mutate(operation, {"withdrawalId": ids[0], **extra}, **as_clerk)), operation
    assert (await api.mutate("withdrawalApprove", {"withdrawalId": ids[0]}, **owner))["errors"] == []
    assert _refused(await api.mutate("withdrawalMarkPaid", {"withdrawalId": ids[0], "payoutReference": "TX1"}, **as_clerk))
    assert (await api.mutate("withdrawalMarkPaid", {"withdrawalId": ids[0], "payoutReference": "TX1"}, **owner))["errors"] == []
    assert (await api.mutate("withdrawalReject", {"withdrawalId": ids[1], "reason": "duplicate"}, **owner))["errors"] == []
    statuses = await api.ok("{ withdrawals { nodes { status reviewedById } } }", **owner)
    assert sorted(w["status"] for w in statuses["withdrawals"]["nodes"]) == ["PAID", "REJECTED"]
    assert {w["reviewedById"] for w in statuses["withdrawals"]["nodes"]} == {owner_id}


async def test_nobody_reviews_their_own_application_in_any_mode(api):
    shop, levels = await agents.setup(api)
    clerk = await _staff(api, shop)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    as_clerk = {"token": clerk["token"], "merchant": shop["slug"]}

    agent_application = (await agents.apply(api, shop, clerk, levels[3], "330106"))["application"]["id"]
    assert _refused(await api.mutate("agentApplicationReview", {"applicationId": agent_application, "approve": True}, **as_clerk))
    assert (await api.ok("{ agentApplications { nodes { status } } }", **owner))["agentApplications"]["nodes"] == [{"status": "PENDING"}]
    assert (await api.mutate("agentApplicationReview", {"applicationId": agent_application, "approve": True}, **owner))["errors"] == []

    await social.configure(api, shop, join_mode="application")
    applied = await api.mutate("socialApply", {"answers": {"real_name": "李四", "phone": "13800138000"}}, select="application { id }",
                               **as_clerk)
    assert applied["errors"] == [], applied["errors"]
    social_application = applied["application"]["id"]
    assert _refused(await api.mutate("socialApplicationReview", {"applicationId": social_application, "approve": True}, **as_clerk))
    assert (await api.mutate("socialApplicationReview", {"applicationId": social_application, "approve": True}, **owner))["errors"] == []
    assert _refused(await api.mutate("socialGradeSet", {"memberId": clerk["id"], "gradeId": None, "reason": "mine"}, **as_clerk))
    assert _refused(await api.mutate("socialMemberMove", {"memberId": clerk["id"], "uplineId": None, "reason": "mine"}, **as_clerk))
    assert _refused(await api.mutate("socialDistributorInvite", {"memberId": clerk["id"], "reason": "mine"}, **as_clerk))

    await ordering.enable(api, shop)
    ordering_levels = await ordering.levels(api, shop)
    assert (await api.mutate("orderingApply", {"levelId": ordering_levels["二级"]}, **as_clerk))["errors"] == []
    assert _refused(await api.mutate("orderingResellerReview", {"memberId": clerk["id"], "approve": True}, **as_clerk))
    assert (await api.mutate("orderingResellerReview", {"memberId": clerk["id"], "approve": True}, **owner))["errors"] == []
    assert _refused(await api.mutate("orderingResellerChange", {"memberId": clerk["id"], "levelId": ordering_levels["总代"],
                                                                "reason": "promote myself"}, **as_clerk))
    mine = await api.ok("{ orderingMe { level { name } } }", **as_clerk)
    assert mine["orderingMe"]["level"]["name"] == "二级"
