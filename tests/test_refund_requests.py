"""A buyer's refund request (售后) and staff's answer, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import invariants
from fenxiao.core.models import Merchant, Order
from fenxiao.plugins import decode_id
from tests.api import unique
from tests.settling import settled

SELECT = "request { id status answer lines reason } order { status refundedTotal { minor } }"


async def _paid_order(api, quantity=2):
    shop = await api.merchant()
    product = await api.product(shop, price=3_000, stock=5)
    buyer = await api.register(merchant=shop["slug"])
    order = (await api.place(shop, buyer, [(product["id"], quantity)]))["order"]
    assert (await api.pay(shop, order["id"]))["errors"] == []
    return shop, buyer, order


def _codes(payload):
    return [e["code"] for e in payload["errors"]]


async def _ask(api, shop, who, order_id, **extra):
    return await api.mutate("orderRefundRequest", {"orderId": order_id, "reason": "质量问题", "description": "arrived broken", **extra}, token=who["token"],
                            merchant=shop["slug"], select=SELECT)


async def test_approving_a_request_refunds_what_was_asked(api):
    shop, buyer, order = await _paid_order(api)
    asked = await _ask(api, shop, buyer, order["id"], lines=[{"lineId": order["lines"][0]["id"], "quantity": 1}])
    assert asked["errors"] == [] and asked["request"]["status"] == "OPEN"
    approved = await api.mutate("refundRequestReview", {"requestId": asked["request"]["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"], select=SELECT)
    assert approved["errors"] == [], approved["errors"]
    assert approved["request"]["status"] == "APPROVED"
    assert approved["order"] == {"status": "PAID", "refundedTotal": {"minor": 3_000}}
    again = await api.mutate("refundRequestReview", {"requestId": asked["request"]["id"], "approve": True},
                             token=shop["owner"]["token"], merchant=shop["slug"])
    assert _codes(again) == ["INVALID_TRANSITION"]
    # answered, the order may be asked about again
    assert (await _ask(api, shop, buyer, order["id"]))["errors"] == []


async def test_refusals(api):
    shop, buyer, order = await _paid_order(api)
    stranger = await api.register(merchant=shop["slug"])
    assert _codes(await _ask(api, shop, stranger, order["id"])) == ["FORBIDDEN"]
    assert _codes(await _ask(api, shop, buyer, order["id"], reason=" ")) == ["INVALID"]
    assert _codes(await _ask(api, shop, buyer, order["id"], lines=[{"lineId": order["lines"][0]["id"], "quantity": 3}])) == ["INVALID"]
    asked = await _ask(api, shop, buyer, order["id"])
    assert _codes(await _ask(api, shop, buyer, order["id"])) == ["REFUND_REQUEST_OPEN"]
    request_id = asked["request"]["id"]
    # rejecting needs a reason; a stranger cannot withdraw it; the buyer can
    no_reason = await api.mutate("refundRequestReview", {"requestId": request_id, "approve": False}, token=shop["owner"]["token"],
                                 merchant=shop["slug"])
    assert _codes(no_reason) == ["REQUIRED"]
    not_theirs = await api.mutate("refundRequestWithdraw", {"requestId": request_id}, token=stranger["token"], merchant=shop["slug"])
    assert _codes(not_theirs) == ["FORBIDDEN"]
    assert _codes(await api.mutate("refundRequestReview", {"requestId": request_id, "approve": True}, token=buyer["token"],
                                   merchant=shop["slug"])) == ["FORBIDDEN"]
    withdrawn = await api.mutate("refundRequestWithdraw", {"requestId": request_id}, token=buyer["token"], merchant=shop["slug"], select=SELECT)
    assert withdrawn["request"]["status"] == "WITHDRAWN"
    # another merchant's staff see no such request
    other = await api.merchant()
    foreign = await api.mutate("refundRequestReview", {"requestId": request_id, "approve": False, "reason": "no"},
                               token=other["owner"]["token"], merchant=other["slug"])
    assert _codes(foreign) == ["NOT_FOUND"]


async def test_nobody_answers_their_own_request(api):
    shop = await api.merchant()
    product = await api.product(shop, price=3_000, stock=5)
    order = (await api.place(shop, shop["owner"], [(product["id"], 1)]))["order"]
    await api.pay(shop, order["id"])
    asked = await _ask(api, shop, shop["owner"], order["id"])
    answered = await api.mutate("refundRequestReview", {"requestId": asked["request"]["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert _codes(answered) == ["OWN_REQUEST"]


async def test_the_after_sales_window_closes(api):
    shop, buyer, order = await _paid_order(api)
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": unique("SF")},
                     token=shop["owner"]["token"], merchant=shop["slug"])
    await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert (await _ask(api, shop, buyer, order["id"]))["errors"] == []  # within the window
    await Order.filter(id=decode_id(order["id"], "Order")).update(completed_at=utcnow() - timedelta(days=30))
    withdrawn = await api.ok("{ refundRequests { edges { node { id } } } }", token=buyer["token"], merchant=shop["slug"])
    await api.mutate("refundRequestWithdraw", {"requestId": withdrawn["refundRequests"]["edges"][0]["node"]["id"]}, token=buyer["token"],
                     merchant=shop["slug"])
    assert _codes(await _ask(api, shop, buyer, order["id"])) == ["AFTER_SALES_CLOSED"]


async def test_a_buyer_sees_only_their_own_requests(api):
    shop, buyer, order = await _paid_order(api)
    await _ask(api, shop, buyer, order["id"])
    stranger = await api.register(merchant=shop["slug"])
    query = "{ refundRequests { totalCount } }"
    assert (await api.ok(query, token=buyer["token"], merchant=shop["slug"]))["refundRequests"]["totalCount"] == 1
    assert (await api.ok(query, token=stranger["token"], merchant=shop["slug"]))["refundRequests"]["totalCount"] == 0
    assert (await api.ok(query, token=shop["owner"]["token"], merchant=shop["slug"]))["refundRequests"]["totalCount"] == 1


# --- after-sales cases: returns, appeals, the merchant's reasons, deadlines ---

CASE = "request { id status kind answer appeal returnCarrier returnTracking dueAt steps { action note } } order { status refundedTotal { minor } }"


async def _shipped_order(api, quantity=2):
    shop, buyer, order = await _paid_order(api, quantity)
    shipped = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "顺丰速运", "trackingNumber": unique("SF")},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert shipped["errors"] == []
    staff = await api.register(merchant=shop["slug"])
    await api.mutate("memberRolesSet", {"memberId": staff["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    return shop, buyer, order, staff


async def _case(api, shop, who, name, input, select=CASE):
    return await api.mutate(name, input, token=who["token"], merchant=shop["slug"], select=select)


async def _on_hand(api, shop, order) -> int:
    data = await api.ok("{ stockLevels { edges { node { onHand } } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    return sum(edge["node"]["onHand"] for edge in data["stockLevels"]["edges"])


async def test_a_return_is_refunded_once_the_goods_are_back(api):
    shop, buyer, order, staff = await _shipped_order(api)
    line = order["lines"][0]["id"]
    asked = await _case(api, shop, buyer, "orderRefundRequest", {"orderId": order["id"], "kind": "RETURN_AND_REFUND", "reason": "质量问题",
                                                                 "description": "杯子碎了一只", "lines": [{"lineId": line, "quantity": 1}]})
    assert asked["errors"] == [] and asked["request"]["kind"] == "RETURN_AND_REFUND" and asked["request"]["dueAt"]
    case = {"requestId": asked["request"]["id"]}
    too_soon = await _case(api, shop, staff, "refundRequestReceive", {**case, "restock": True})
    assert _codes(too_soon) == ["INVALID_TRANSITION"]
    approved = await _case(api, shop, staff, "refundRequestReview", {**case, "approve": True})
    assert approved["request"]["status"] == "AWAITING_RETURN" and approved["order"]["refundedTotal"]["minor"] == 0  # nothing yet
    not_theirs = await _case(api, shop, staff, "refundRequestShipReturn", {**case, "carrier": "顺丰速运", "trackingNumber": "SF1"})
    assert _codes(not_theirs) == ["FORBIDDEN"]
    bad = await _case(api, shop, buyer, "refundRequestShipReturn", {**case, "carrier": "顺丰速运", "trackingNumber": " "})
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("trackingNumber", "INVALID")]
    sent = await _case(api, shop, buyer, "refundRequestShipReturn", {**case, "carrier": "顺丰速运", "trackingNumber": "SF1234567890"})
    assert sent["request"]["status"] == "RETURN_SHIPPED" and sent["request"]["returnTracking"] == "SF1234567890"
    before = await _on_hand(api, shop, order)
    own = await _case(api, shop, buyer, "refundRequestReceive", {**case, "restock": True})
    assert _codes(own) == ["FORBIDDEN"]  # staff only
    received = await _case(api, shop, staff, "refundRequestReceive", {**case, "restock": True})
    assert received["errors"] == [] and received["request"]["status"] == "APPROVED"
    assert received["order"]["refundedTotal"]["minor"] == 3_000 and await _on_hand(api, shop, order) == before + 1
    seen = await api.ok("query($id: ID!) { node(id: $id) { ... on RefundRequest { status steps { action } } } }", {"id": case["requestId"]},
                        token=buyer["token"], merchant=shop["slug"])
    assert [step["action"] for step in seen["node"]["steps"]] == ["asked", "approved", "return_shipped", "received", "refunded"]


async def test_only_what_was_sent_can_be_returned_or_settled_for_less(api):
    shop, buyer, order = await _paid_order(api)
    refused = await _ask(api, shop, buyer, order["id"], kind="RETURN_AND_REFUND")
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("kind", "INVALID")]
    asked = await _ask(api, shop, buyer, order["id"])  # a refund only is fine before shipping …
    assert asked["errors"] == []
    offer = await api.mutate("refundRequestOffer", {"requestId": asked["request"]["id"], "amount": 100}, token=shop["owner"]["token"],
                             merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in offer["errors"]] == [("amount", "INVALID")]  # … and in full


async def test_a_rejection_is_appealed_once_and_the_second_answer_is_final(api):
    shop, buyer, order, staff = await _shipped_order(api)
    asked = await _ask(api, shop, buyer, order["id"])
    case = {"requestId": asked["request"]["id"]}
    rejected = await _case(api, shop, staff, "refundRequestReview", {**case, "approve": False, "reason": "签收时完好"})
    assert rejected["request"]["status"] == "REJECTED" and rejected["request"]["answer"] == "签收时完好"
    stranger = await api.register(merchant=shop["slug"])
    assert _codes(await _case(api, shop, stranger, "refundRequestAppeal", {**case, "note": "me too"})) == ["FORBIDDEN"]
    assert _codes(await _case(api, shop, buyer, "refundRequestAppeal", {**case, "note": " "})) == ["INVALID"]
    appealed = await _case(api, shop, buyer, "refundRequestAppeal", {**case, "note": "开箱视频显示已碎"})
    assert appealed["request"]["status"] == "APPEALED" and appealed["request"]["appeal"] == "开箱视频显示已碎"
    assert _codes(await _ask(api, shop, buyer, order["id"])) == ["REFUND_REQUEST_OPEN"]  # the appeal holds the order's case open
    again = await _case(api, shop, staff, "refundRequestReview", {**case, "approve": False, "reason": "视频不清楚"})
    assert again["request"]["status"] == "REJECTED"
    assert _codes(await _case(api, shop, buyer, "refundRequestAppeal", {**case, "note": "再申诉"})) == ["INVALID_TRANSITION"]
    second = await _ask(api, shop, buyer, order["id"])  # a new case may be asked; its rejection could be appealed once
    rejected = await _case(api, shop, staff, "refundRequestReview", {"requestId": second["request"]["id"], "approve": False, "reason": "no"})
    await _case(api, shop, buyer, "refundRequestAppeal", {"requestId": second["request"]["id"], "note": "please look again"})
    approved = await _case(api, shop, staff, "refundRequestReview", {"requestId": second["request"]["id"], "approve": True})
    assert approved["request"]["status"] == "APPROVED" and approved["order"]["refundedTotal"]["minor"] == 6_000
    steps = [step["action"] for step in approved["request"]["steps"]]
    assert steps == ["asked", "rejected", "appealed", "approved", "refunded"]


async def test_reasons_come_from_the_merchants_list(api):
    shop, buyer, order = await _paid_order(api)
    refused = await _ask(api, shop, buyer, order["id"], reason="arrived broken")
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("reason", "INVALID")] and "质量问题" in refused["errors"][0]["message"]
    for bad in ([], ["破损", "破损"], ["x" * 31]):
        changed = await api.mutate("merchantUpdate", {"afterSalesReasons": bad}, token=shop["owner"]["token"], merchant=shop["slug"])
        assert [(e["field"], e["code"]) for e in changed["errors"]] == [("afterSalesReasons", "INVALID")], bad
    changed = await api.mutate("merchantUpdate", {"afterSalesReasons": ["破损", "其他"], "afterSalesAnswerDays": 3},
                               token=shop["owner"]["token"], merchant=shop["slug"],
                               select="merchant { settings { afterSalesReasons afterSalesAnswerDays afterSalesReturnDays } }")
    assert changed["merchant"]["settings"] == {"afterSalesReasons": ["破损", "其他"], "afterSalesAnswerDays": 3, "afterSalesReturnDays": 7}
    assert _codes(await _ask(api, shop, buyer, order["id"])) == ["INVALID"]  # 质量问题 is not on the list any more
    assert (await _ask(api, shop, buyer, order["id"], reason="破损"))["errors"] == []


async def test_settle_approves_unanswered_refunds_and_closes_returns_never_sent(api, manager):
    shop, buyer, order, staff = await _shipped_order(api, quantity=3)
    line = order["lines"][0]["id"]
    unanswered = await _ask(api, shop, buyer, order["id"], lines=[{"lineId": line, "quantity": 1}])
    assert (await api.ok("{ refundRequestCounts { status count } }", token=staff["token"], merchant=shop["slug"]))["refundRequestCounts"][0] == \
        {"status": "OPEN", "count": 1}
    assert "refund_requests_approved_unanswered" not in await settled(manager, utcnow() + timedelta(days=1), shop["slug"])  # not yet due
    counts = await settled(manager, utcnow() + timedelta(days=2, minutes=1), shop["slug"])
    assert counts["refund_requests_approved_unanswered"] == 1
    case = await api.ok("query($id: ID!) { node(id: $id) { ... on RefundRequest { status steps { action note actorId } } } }",
                        {"id": unanswered["request"]["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert case["node"]["status"] == "APPROVED" and case["node"]["steps"][1] == {"action": "approved", "note": "approved: not answered in time",
                                                                                  "actorId": None}
    returning = await _ask(api, shop, buyer, order["id"], kind="RETURN_AND_REFUND", lines=[{"lineId": line, "quantity": 1}])
    await _case(api, shop, staff, "refundRequestReview", {"requestId": returning["request"]["id"], "approve": True})
    assert "refund_requests_closed_unanswered" not in await settled(manager, utcnow() + timedelta(days=6), shop["slug"])
    counts = await settled(manager, utcnow() + timedelta(days=7, minutes=1), shop["slug"])
    assert counts["refund_requests_closed_unanswered"] == 1 and "refund_requests_approved_unanswered" not in counts
    tally = await api.ok("{ refundRequestCounts { status count } }", token=staff["token"], merchant=shop["slug"])
    assert {row["status"]: row["count"] for row in tally["refundRequestCounts"] if row["count"]} == {"APPROVED": 1, "CLOSED": 1}
    queue = await api.ok("{ refundRequests(filter: {status: CLOSED, kind: RETURN_AND_REFUND}) { totalCount } }", token=staff["token"],
                         merchant=shop["slug"])
    assert queue["refundRequests"]["totalCount"] == 1
    refunded = await api.ok("query($id: ID!) { order(id: $id) { refundedTotal { minor } } }", {"id": order["id"]}, token=buyer["token"],
                            merchant=shop["slug"])
    assert refunded["order"]["refundedTotal"]["minor"] == 3_000  # the approved one only


async def test_an_offer_accepted_refunds_that_amount_and_the_other_units_keep_their_worth(api, manager):
    shop, buyer, order, staff = await _shipped_order(api)
    line = order["lines"][0]["id"]
    asked = await _ask(api, shop, buyer, order["id"], lines=[{"lineId": line, "quantity": 1}])
    case = {"requestId": asked["request"]["id"]}
    for amount in (3_000, 3_001):  # an offer is less than the unit is worth (all of it: approve)
        refused = await _case(api, shop, staff, "refundRequestOffer", {**case, "amount": amount})
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [("amount", "INVALID")], amount
    offered = await _case(api, shop, staff, "refundRequestOffer", {**case, "amount": 1_200, "note": "小瑕疵，部分退款"},
                          select="request { status offeredAmount { minor } steps { action note } }")
    assert offered["request"]["status"] == "OFFERED" and offered["request"]["offeredAmount"] == {"minor": 1_200}
    assert offered["request"]["steps"][-1] == {"action": "offered", "note": "¥12.00 小瑕疵，部分退款"}
    stranger = await api.register(merchant=shop["slug"])
    assert _codes(await _case(api, shop, stranger, "refundRequestOfferAnswer", {**case, "accept": True})) == ["FORBIDDEN"]
    accepted = await _case(api, shop, buyer, "refundRequestOfferAnswer", {**case, "accept": True})
    assert accepted["request"]["status"] == "APPROVED" and accepted["order"]["refundedTotal"]["minor"] == 1_200
    rest = await _ask(api, shop, buyer, order["id"])  # the other unit: its full worth, and the shipping with the last unit
    done = await _case(api, shop, staff, "refundRequestReview", {"requestId": rest["request"]["id"], "approve": True})
    # every unit settled, not all the money back: the sale goes on (what the merchant kept is a sale)
    assert done["order"] == {"status": "SHIPPED", "refundedTotal": {"minor": 1_200 + 3_000 + order["total"]["minor"] - 6_000}}
    merchant = await Merchant.get(slug=shop["slug"])
    assert await invariants.all_problems(merchant.id, manager) == []


async def test_an_offer_declined_goes_back_to_staff_and_an_unanswered_one_closes(api, manager):
    shop, buyer, order, staff = await _shipped_order(api)
    asked = await _ask(api, shop, buyer, order["id"], kind="RETURN_AND_REFUND")
    case = {"requestId": asked["request"]["id"]}
    await _case(api, shop, staff, "refundRequestOffer", {**case, "amount": 5_000})
    declined = await _case(api, shop, buyer, "refundRequestOfferAnswer", {**case, "accept": False},
                           select="request { status offeredAmount { minor } }")
    assert declined["request"] == {"status": "OPEN", "offeredAmount": None}
    await _case(api, shop, staff, "refundRequestOffer", {**case, "amount": 4_000})
    accepted = await _case(api, shop, buyer, "refundRequestOfferAnswer", {**case, "accept": True})
    assert accepted["request"]["status"] == "AWAITING_RETURN"  # a return: the goods first, then the amount agreed
    await _case(api, shop, buyer, "refundRequestShipReturn", {**case, "carrier": "中通快递", "trackingNumber": "ZT7788990011"})
    received = await _case(api, shop, staff, "refundRequestReceive", {**case, "restock": False})
    assert received["order"]["refundedTotal"]["minor"] == 4_000 and received["order"]["status"] == "SHIPPED"
    shop, buyer, order, staff = await _shipped_order(api)
    asked = await _ask(api, shop, buyer, order["id"])
    await _case(api, shop, staff, "refundRequestOffer", {"requestId": asked["request"]["id"], "amount": 100})
    counts = await settled(manager, utcnow() + timedelta(days=2, minutes=1), shop["slug"])
    assert counts["refund_requests_closed_unanswered"] == 1 and "refund_requests_approved_unanswered" not in counts
    data = await api.ok("query($id: ID!) { node(id: $id) { ... on RefundRequest { status steps { action note } } } }",
                        {"id": asked["request"]["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert data["node"]["status"] == "CLOSED" and data["node"]["steps"][-1] == {"action": "closed", "note": "the offer was not answered in time"}


async def test_a_buyer_may_withdraw_while_an_offer_waits(api):
    shop, buyer, order, staff = await _shipped_order(api)
    asked = await _ask(api, shop, buyer, order["id"])
    await _case(api, shop, staff, "refundRequestOffer", {"requestId": asked["request"]["id"], "amount": 500})
    withdrawn = await _case(api, shop, buyer, "refundRequestWithdraw", {"requestId": asked["request"]["id"]})
    assert withdrawn["request"]["status"] == "WITHDRAWN" and withdrawn["request"]["steps"][-1]["action"] == "withdrawn"
    assert (await _ask(api, shop, buyer, order["id"]))["errors"] == []  # the order's case slot is free again
