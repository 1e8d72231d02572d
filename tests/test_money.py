"""Wallets, withdrawals and the commission lifecycle through the ledger."""

from datetime import datetime, timedelta, timezone

from tests.settling import settled as settle
from tests.api import unique
from tests.conftest import enable_hello

WALLET = """query($member: ID) { wallet(memberId: $member) {
  pending { minor } frozen { minor } available { minor } withdrawing { minor } withdrawn { minor } debt { minor }
  entries(first: 50) { totalCount edges { node { accountKind kind amount { minor } } } }
} }"""


def balances(wallet: dict) -> dict:
    return {k: v["minor"] for k, v in wallet.items() if isinstance(v, dict) and "minor" in v}


async def _wallet(api, shop, member, as_token=None):
    data = await api.ok(WALLET, {"member": None if as_token is None else member["id"]},
                        token=as_token or member["token"], merchant=shop["slug"])
    return data["wallet"]


async def _credit(api, shop, member, amount):
    payload = await api.mutate("walletAdjust", {"memberId": member["id"], "amount": amount, "reason": "launch bonus",
                                                "idempotencyKey": unique("adjust-key-")},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert payload["errors"] == [], payload["errors"]


async def test_withdrawal_request_review_and_payout(api):
    shop = await api.merchant(withdrawalMin=1000, withdrawalFeeBps=60)
    member = await api.register(merchant=shop["slug"])
    await _credit(api, shop, member, 50000)
    request = {"amount": 20000, "method": "BANK", "accountName": "Li Lei", "accountNumber": "6222 0202 0000 1234",
               "bankName": "ICBC", "idempotencyKey": unique("withdraw-key-")}
    requested = await api.mutate("withdrawalRequest", request, token=member["token"], merchant=shop["slug"],
                                 select="withdrawal { id status amount { minor } fee { minor } net { minor } accountNumber }")
    withdrawal = requested["withdrawal"]
    assert withdrawal["fee"]["minor"] == 120 and withdrawal["net"]["minor"] == 19880
    assert withdrawal["accountNumber"] == "6222020200001234"
    assert balances(await _wallet(api, shop, member)) == {"pending": 0, "frozen": 0, "available": 30000, "withdrawing": 20000,
                                                           "withdrawn": 0, "debt": 0}
    retry = await api.mutate("withdrawalRequest", request, token=member["token"], merchant=shop["slug"], select="withdrawal { id }")
    assert retry["withdrawal"]["id"] == withdrawal["id"]

    staff_only = await api.mutate("withdrawalApprove", {"withdrawalId": withdrawal["id"]}, token=member["token"], merchant=shop["slug"])
    assert staff_only["errors"][0]["code"] == "FORBIDDEN"
    unapproved = await api.mutate("withdrawalMarkPaid", {"withdrawalId": withdrawal["id"], "payoutReference": "TX1"},
                                  token=shop["owner"]["token"], merchant=shop["slug"])
    assert unapproved["errors"][0]["code"] == "INVALID_TRANSITION"
    await api.mutate("withdrawalApprove", {"withdrawalId": withdrawal["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    paid = await api.mutate("withdrawalMarkPaid", {"withdrawalId": withdrawal["id"], "payoutReference": "TX1"},
                            token=shop["owner"]["token"], merchant=shop["slug"], select="withdrawal { status }")
    assert paid["withdrawal"]["status"] == "PAID"
    wallet = await _wallet(api, shop, member)
    assert balances(wallet) == {"pending": 0, "frozen": 0, "available": 30000, "withdrawing": 0, "withdrawn": 20000, "debt": 0}
    assert [tuple(e["node"].values()) for e in wallet["entries"]["edges"]] == [
        ("withdrawing", "withdrawal_paid", {"minor": -20000}),
        ("withdrawing", "withdrawal_request", {"minor": 20000}),
        ("available", "withdrawal_request", {"minor": -20000}),
        ("available", "adjustment", {"minor": 50000}),
    ]


async def test_rejection_returns_the_money(api):
    shop = await api.merchant()
    member = await api.register(merchant=shop["slug"])
    await _credit(api, shop, member, 5000)
    requested = await api.mutate("withdrawalRequest", {"amount": 5000, "method": "ALIPAY", "accountName": "Li", "accountNumber": "li@alipay",
                                                       "idempotencyKey": unique("withdraw-key-")},
                                 token=member["token"], merchant=shop["slug"], select="withdrawal { id }")
    no_reason = await api.mutate("withdrawalReject", {"withdrawalId": requested["withdrawal"]["id"], "reason": " "},
                                 token=shop["owner"]["token"], merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    rejected = await api.mutate("withdrawalReject", {"withdrawalId": requested["withdrawal"]["id"], "reason": "account name mismatch"},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="withdrawal { status reason }")
    assert rejected["withdrawal"] == {"status": "REJECTED", "reason": "account name mismatch"}
    assert balances(await _wallet(api, shop, member))["available"] == 5000


async def test_withdrawal_refusals(api):
    shop = await api.merchant(withdrawalMin=1000)
    member = await api.register(merchant=shop["slug"])
    await _credit(api, shop, member, 3000)
    base = {"method": "WECHAT", "accountName": "Li", "accountNumber": "wx-li"}
    below = await api.mutate("withdrawalRequest", {**base, "amount": 999, "idempotencyKey": unique("withdraw-key-")}, token=member["token"], merchant=shop["slug"])
    assert (below["errors"][0]["code"], below["errors"][0]["message"]) == ("BELOW_MINIMUM", "the minimum withdrawal is ¥10.00")
    overdraft = await api.mutate("withdrawalRequest", {**base, "amount": 3001, "idempotencyKey": unique("withdraw-key-")}, token=member["token"], merchant=shop["slug"])
    assert overdraft["errors"][0] == {"field": "amount", "code": "INSUFFICIENT_FUNDS", "message": "the available balance is too low"}
    no_bank = await api.mutate("withdrawalRequest", {**base, "method": "BANK", "accountNumber": "12", "amount": 2000, "idempotencyKey": unique("withdraw-key-")},
                               token=member["token"], merchant=shop["slug"])
    assert sorted(e["field"] for e in no_bank["errors"]) == ["accountNumber", "bankName"]
    short_key = await api.mutate("withdrawalRequest", {**base, "amount": 2000, "idempotencyKey": "x"}, token=member["token"], merchant=shop["slug"])
    assert short_key["errors"][0]["field"] == "idempotencyKey"
    assert balances(await _wallet(api, shop, member))["available"] == 3000


async def test_wallets_are_private(api):
    shop = await api.merchant()
    alice, bob = await api.register(merchant=shop["slug"]), await api.register(merchant=shop["slug"])
    peek = await api.gql(WALLET, {"member": bob["id"]}, token=alice["token"], merchant=shop["slug"])
    assert peek["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    await _credit(api, shop, bob, 100)
    staff_view = await _wallet(api, shop, bob, as_token=shop["owner"]["token"])
    assert staff_view["available"]["minor"] == 100
    outsider = await api.register()
    assert (await api.gql(WALLET, token=outsider["token"], merchant=shop["slug"]))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    not_owner = await api.mutate("walletAdjust", {"memberId": alice["id"], "amount": 100, "reason": "x", "idempotencyKey": unique("adj-key-")},
                                 token=bob["token"], merchant=shop["slug"])
    assert not_owner["errors"][0]["code"] == "FORBIDDEN"


async def test_commission_lifecycle_with_refund_and_debt(hello):
    api = hello
    shop = await api.merchant(afterSalesDays=7, withdrawalMin=100)
    await enable_hello(api, shop, {"referrer_bps": 1000})
    referrer = await api.register(merchant=shop["slug"])
    buyer = await api.register()
    product = await api.product(shop, price=10000)
    order = (await api.place(shop, buyer, [(product["id"], 2)], referralCode=referrer["email"]))["order"]
    await api.pay(shop, order["id"])
    assert balances(await _wallet(api, shop, referrer))["pending"] == 2000
    owner, slug = shop["owner"]["token"], shop["slug"]
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)
    await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=slug)
    assert balances(await _wallet(api, shop, referrer))["frozen"] == 2000

    manager = api.app.state.manager
    now = datetime.now(timezone.utc)
    assert "commissions_released" not in await settle(manager, now + timedelta(days=6), slug)
    assert (await settle(manager, now + timedelta(days=7, minutes=1), slug))["commissions_released"] == 1
    assert "commissions_released" not in await settle(manager, now + timedelta(days=8), slug)
    assert balances(await _wallet(api, shop, referrer))["available"] == 2000

    # The referrer withdraws most of it; then half the order is refunded.
    await api.mutate("withdrawalRequest", {"amount": 1500, "method": "WECHAT", "accountName": "R", "accountNumber": "wx",
                                           "idempotencyKey": unique("w-key-")}, token=referrer["token"], merchant=slug)
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("r-key-"),
                                              "lines": [{"lineId": order["lines"][0]["id"], "quantity": 1}]},
                              token=owner, merchant=slug)
    assert refund["errors"] == []
    # 1000 to take back; 500 available, the other 500 becomes debt.
    assert balances(await _wallet(api, shop, referrer)) == {"pending": 0, "frozen": 0, "available": 0, "withdrawing": 1500,
                                                              "withdrawn": 0, "debt": 500}
    commission = await api.ok("{ commissions { edges { node { state amount { minor } reversedAmount { minor } } } } }", token=owner, merchant=slug)
    assert commission["commissions"]["edges"][0]["node"] == {"state": "AVAILABLE", "amount": {"minor": 2000}, "reversedAmount": {"minor": 1000}}

    # The next earnings repay the debt first.
    second = (await api.place(shop, buyer, [(product["id"], 1)], referralCode=referrer["email"]))["order"]
    await api.pay(shop, second["id"])
    await api.mutate("orderShip", {"orderId": second["id"], "carrier": "SF", "trackingNumber": "2"}, token=owner, merchant=slug)
    await api.mutate("orderComplete", {"orderId": second["id"]}, token=buyer["token"], merchant=slug)
    await settle(manager, now + timedelta(days=30), slug)
    assert balances(await _wallet(api, shop, referrer)) == {"pending": 0, "frozen": 0, "available": 500, "withdrawing": 1500,
                                                              "withdrawn": 0, "debt": 0}


async def test_refund_before_completion_reverses_pending(hello):
    api = hello
    shop = await api.merchant()
    await enable_hello(api, shop, {"referrer_bps": 333})
    referrer = await api.register(merchant=shop["slug"])
    buyer = await api.register()
    product = await api.product(shop, price=999)
    order = (await api.place(shop, buyer, [(product["id"], 3)], referralCode=referrer["email"]))["order"]
    await api.pay(shop, order["id"])
    pending = balances(await _wallet(api, shop, referrer))["pending"]
    assert pending == 100  # 333 bp of 2997, rounded half to even
    line = order["lines"][0]["id"]
    for _ in range(3):
        await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("r-key-"), "lines": [{"lineId": line, "quantity": 1}]},
                         token=shop["owner"]["token"], merchant=shop["slug"])
    wallet = balances(await _wallet(api, shop, referrer))
    assert wallet["pending"] == 0 and wallet["debt"] == 0
    state = await api.ok("{ commissions { edges { node { state reversedAmount { minor } } } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert state["commissions"]["edges"][0]["node"] == {"state": "REVERSED", "reversedAmount": {"minor": 100}}
