"""A buyer's refund request (售后) and staff's answer, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core.models import Order
from fenxiao.plugins import decode_id
from tests.api import unique

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
    return await api.mutate("orderRefundRequest", {"orderId": order_id, "reason": "arrived broken", **extra}, token=who["token"],
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
